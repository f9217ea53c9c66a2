#!/bin/sh
# `npm start`: scripts/start.ts prepares (database, migrations, demo accounts, a build if there is
# none) and prints the environment the server needs; then this shell becomes the Next.js server
# (exec), so no launcher stays resident beside it. On the embedded database the process serving
# it stays too, and stops by itself when the server ends.
set -e
cd "$(dirname "$0")/.."
environment=$(node --experimental-wasm-modules --no-warnings=ExperimentalWarning --conditions=react-server --import tsx \
  scripts/start.ts --prepare --server-pid $$)
eval "$environment"
exec node node_modules/next/dist/bin/next start -p "${PORT:-3000}"

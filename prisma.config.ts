import { defineConfig } from "prisma/config";

// Used by the official Prisma CLI where its native engine is available (e.g. `prisma migrate
// deploy` on a deploy machine). Our own scripts in scripts/db/ do the same through WebAssembly.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});

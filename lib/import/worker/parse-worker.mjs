// The parse worker's entry point: plain JavaScript, so that Node can start it as it is wherever
// the app runs (`next start`, the command line, Vitest) without a bundler knowing about it. It
// registers tsx, which the app already depends on, and loads the TypeScript that does the work.
import { register } from "tsx/esm/api";

register();
await import("./worker-main.ts");

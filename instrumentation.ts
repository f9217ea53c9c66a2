// Runs once when the Next.js server starts.
export async function register() {
  // The parse worker loads its parsers once; start it now rather than on the first import.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { warmParsePool } = await import("./lib/import/worker/parse-pool");
    warmParsePool();
  }
}

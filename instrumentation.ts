// Runs once per server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The parse worker loads its parsers once: start it now rather than on the first import.
  const { warmParsePool } = await import("./lib/import/worker/parse-pool");
  warmParsePool();
  // Open event streams would keep `next start` waiting on SIGTERM (it lets responses finish);
  // closing them at once lets the process exit, and each browser reconnects with Last-Event-ID to
  // whichever instance serves it next, missing nothing.
  const { closeLiveStreamsOnShutdown } = await import("@/lib/server/live/shutdown");
  closeLiveStreamsOnShutdown();
}

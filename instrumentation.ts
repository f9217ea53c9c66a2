// Runs once per server process. Open event streams would keep `next start` waiting on SIGTERM
// (it lets responses finish); closing them at once lets the process exit, and each browser
// reconnects with Last-Event-ID to whichever instance serves it next, missing nothing.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { closeLiveStreamsOnShutdown } = await import("@/lib/server/live/shutdown");
  closeLiveStreamsOnShutdown();
}

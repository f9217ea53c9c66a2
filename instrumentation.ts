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
  // `next build` loads this file too: the outbox is delivered by servers only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWebhookWorker } = await import("@/lib/server/webhooks/worker-process");
  startWebhookWorker();
}

type RequestErrorContext = { routerKind: string; routePath: string; routeType: string };
type ErroredRequest = { path: string; method: string; headers: Record<string, string | string[] | undefined> };

// Every error Next.js catches while serving (a page, an action, a route handler) is logged here
// once, as a JSON line with the request id proxy.ts gave the request and the digest the error
// page shows the user: either one finds the line.
export async function onRequestError(error: unknown, request: ErroredRequest, context: RequestErrorContext) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { requestLogger } = await import("@/lib/log");
  const requestId = request.headers["x-request-id"];
  const digest = (error as { digest?: string }).digest;
  requestLogger(typeof requestId === "string" ? requestId : undefined).error(
    {
      err: error,
      digest,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    "Request failed",
  );
}

import "server-only";
import pino, { type Logger } from "pino";
import { env } from "@/lib/env";

export type { Logger };

const globalForLog = globalThis as unknown as { factmarkLogger?: Logger };

/**
 * The server's logger: one JSON object per line on stdout, for whatever collects the container's
 * output. Written synchronously and without a worker thread (no pino transport), so a line is
 * never lost when the process dies and nothing extra needs bundling. Created on first use: the
 * level comes from the checked environment, which `next build` does not need.
 */
export function getLogger(): Logger {
  globalForLog.factmarkLogger ??= pino({
    level: env().LOG_LEVEL,
    base: { service: "factmark" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Whatever a caller logs, these never reach the log.
    redact: {
      paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "cookie", "*.cookie"],
      censor: "[redacted]",
    },
  });
  return globalForLog.factmarkLogger;
}

/** A logger whose every line names the request it served, so a user's report (its request id) finds them. */
export function requestLogger(requestId: string | null | undefined): Logger {
  return requestId ? getLogger().child({ requestId }) : getLogger();
}

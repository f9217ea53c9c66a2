import "server-only";
import { env, fetchAllowHosts } from "@/lib/env";
import { getLogger } from "@/lib/log";
import { createDeliveryWorker, type DeliveryWorker } from "@/lib/server/webhooks/delivery-worker";

// One worker per server process, on globalThis so that every route bundle sees the same one.
const holder = globalThis as unknown as { factmarkWebhookWorker?: DeliveryWorker };

/**
 * Starts this process's webhook worker (instrumentation.ts, for every `next start`): every
 * instance delivers, and the claims keep them from delivering one event at the same time. It
 * stops claiming on SIGTERM/SIGINT; a delivery in flight then either ends before the process does
 * or is claimed again by another instance when its lease passes.
 */
export function startWebhookWorker(): DeliveryWorker | null {
  if (holder.factmarkWebhookWorker) return holder.factmarkWebhookWorker;
  const connectionString = env().DATABASE_URL;
  // The server still answers (health checks, its error pages) without a database; nothing to deliver then.
  if (!connectionString) {
    getLogger().warn("DATABASE_URL is not set: webhooks are not delivered by this process");
    return null;
  }
  const worker = createDeliveryWorker({
    allowHosts: fetchAllowHosts(),
    pollMs: env().FACTMARK_WEBHOOK_POLL_MS,
    listen: env().FACTMARK_LIVE_BUS === "postgres" ? { connectionString } : null,
  });
  holder.factmarkWebhookWorker = worker;
  worker.start();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void worker.stop());
  return worker;
}

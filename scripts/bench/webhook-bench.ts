// Webhook delivery, in one process as in the app: 1,000 events written to the outbox (each in its
// own transaction, on 1,000 articles, so no event waits for another's retry) and delivered by the
// worker to a local receiver that fails every third call. Prints: whether all were delivered, and
// none twice per attempt id; p50/p95 from commit to the first attempt (target p95 ≤ 1 s); and an
// annotation save's latency (the use case on the same database and event loop) without the worker
// and while it delivers. Needs DATABASE_URL (LISTEN/NOTIFY wakes the worker). Figures only.
import { randomBytes, randomUUID } from "node:crypto";
import { createBenchArticle, createBenchClaim, openBenchDatabase } from "./support/bench-database.ts";
import { percentile } from "./support/server.ts";
import { startWebhookReceiver } from "../../lib/test/webhook-receiver.ts";

const EVENTS = Number(process.env.WEBHOOK_BENCH_EVENTS ?? 1_000);
const SAVES = 60;

if (!process.env.DATABASE_URL) {
  console.log("skipped: set DATABASE_URL (a real PostgreSQL: the worker wakes by LISTEN/NOTIFY)");
  process.exit(0);
}
const connectionString = process.env.DATABASE_URL;
const { scratch, getDb, editor } = await openBenchDatabase("factmark_webhook_bench");
const { enqueueWebhookEvent } = await import("../../lib/server/webhooks/enqueue-webhook-event.ts");
const { createDeliveryWorker } = await import("../../lib/server/webhooks/delivery-worker.ts");
const { updateAnnotation } = await import("../../lib/server/annotations/update-annotation.ts");

const text = "Council tax in Barnet will rise by 4.99 per cent next year, the council's leader said.\n\nCritics disagree.";
const article = await createBenchArticle(editor.id, "Webhook benchmark", text, 0);
const claim = await createBenchClaim(article, editor.id, "Council tax");
const actor = { id: editor.id, email: editor.email, name: editor.name, role: editor.role };
let version = claim.version;
async function save(marker: string) {
  const started = performance.now();
  const saved = await updateAnnotation({ actor, input: { annotationId: claim.id, version, patch: { claimText: marker } } });
  version = saved.version;
  return performance.now() - started;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const receiver = await startWebhookReceiver((_, index) => (index % 3 === 2 ? { status: 503, body: "every third call fails" } : 200));
const endpoint = await getDb().webhookEndpoint.create({
  data: { url: receiver.url, events: ["article.reopened"], secret: `whsec_${randomBytes(32).toString("base64")}`, createdById: editor.id },
});
// Retries after 0.5 s, 1 s, 2 s…: the default (5 s, 30 s…) would only make the run longer.
const worker = createDeliveryWorker({
  allowHosts: ["127.0.0.1"],
  listen: { connectionString },
  backoff: { baseMs: 500, factor: 2, maxMs: 8_000, maxAttempts: 10 },
});

try {
  for (let i = 0; i < 10; i++) await save(`warm-up ${i}`);
  const idle: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    idle.push(await save(`idle ${i}`));
    await pause(20);
  }

  worker.start();
  const committedAt = new Map<string, number>();
  const started = performance.now();
  const producing = (async () => {
    for (let i = 0; i < EVENTS; i++) {
      const articleId = `bench-${randomUUID()}`;
      const { id } = await getDb().$transaction((tx) =>
        enqueueWebhookEvent(tx, {
          type: "article.reopened",
          articleId,
          data: { article: { id: articleId, title: `Article ${i}` }, actor: { id: editor.id, name: editor.name }, reason: `Bench ${i}` },
        }),
      );
      committedAt.set(id, Date.now());
    }
  })();
  const busy: number[] = [];
  const saving = (async () => {
    for (let i = 0; i < SAVES; i++) {
      busy.push(await save(`busy ${i}`));
      await pause(20);
    }
  })();
  await Promise.all([producing, saving]);
  const produceMs = performance.now() - started;
  for (;;) {
    const pending = await getDb().webhookDelivery.count({ where: { endpointId: endpoint.id, status: "PENDING" } });
    if (pending === 0) break;
    await pause(200);
  }
  const totalMs = performance.now() - started;

  const statuses = await getDb().webhookDelivery.groupBy({ by: ["status"], where: { endpointId: endpoint.id }, _count: true });
  const attemptIds = receiver.received.map((r) => String(r.headers["webhook-attempt-id"]));
  const firstAttempt = new Map<string, number>();
  const successes = new Map<string, number>();
  receiver.received.forEach((request, index) => {
    const id = String(request.headers["webhook-id"]);
    if (!firstAttempt.has(id)) firstAttempt.set(id, request.receivedAt);
    if (index % 3 !== 2) successes.set(id, (successes.get(id) ?? 0) + 1);
  });
  const delays = [...committedAt].map(([id, at]) => firstAttempt.get(id)! - at);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

  console.log(`events: ${EVENTS}, produced in ${(produceMs / 1000).toFixed(1)} s, all settled after ${(totalMs / 1000).toFixed(1)} s`);
  console.log(`deliveries: ${statuses.map((s) => `${s.status} ${s._count}`).join(", ")}`);
  console.log(
    `requests: ${receiver.received.length} (${receiver.received.filter((_, i) => i % 3 === 2).length} answered 503); distinct attempt ids: ${new Set(attemptIds).size}`,
  );
  console.log(
    `each event taken exactly once: ${[...committedAt.keys()].every((id) => successes.get(id) === 1)}; none twice per attempt id: ${new Set(attemptIds).size === attemptIds.length}`,
  );
  console.log(
    `commit → first attempt: p50 ${fmt(percentile(delays, 50))}, p95 ${fmt(percentile(delays, 95))}, max ${fmt(Math.max(...delays))} (target p95 ≤ 1 s)`,
  );
  console.log(`annotation save, worker idle:       p50 ${fmt(percentile(idle, 50))}, p95 ${fmt(percentile(idle, 95))}`);
  console.log(`annotation save, while delivering:  p50 ${fmt(percentile(busy, 50))}, p95 ${fmt(percentile(busy, 95))}`);
} finally {
  await worker.stop();
  await receiver.close();
  await getDb().$disconnect();
  await scratch.drop();
}

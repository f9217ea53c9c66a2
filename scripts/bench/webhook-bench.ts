// Webhook delivery, in one process as in the app: 1,000 events written to the outbox (each in its
// own transaction, on 1,000 articles, so no event waits for another's retry) and delivered by the
// worker to a local receiver that fails every third call. Prints: whether all were delivered, and
// none twice per attempt id; p50/p95 from commit to the first attempt (target p95 ≤ 1 s); and an
// annotation save's latency (the use case on the same database and event loop) with nothing else
// running, while the same number of events is written with nothing to deliver, and while they are
// written and delivered (the last two differ only by the delivering). Needs DATABASE_URL (LISTEN/NOTIFY wakes the worker). Figures only.
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

/** Saves an annotation SAVES times, 20 ms apart: the latencies. */
async function saves(label: string) {
  const latencies: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    latencies.push(await save(`${label} ${i}`));
    await pause(20);
  }
  return latencies;
}

/**
 * Writes EVENTS events, each in its own transaction, as the use cases do. "article.reopened" is
 * what the endpoint wants (a delivery each); "article.signed_off" is the same write with no
 * endpoint wanting it, so the app bears the outbox's writes but nothing is delivered.
 */
async function produce(type: "article.reopened" | "article.signed_off", committedAt?: Map<string, number>) {
  for (let i = 0; i < EVENTS; i++) {
    const articleId = `bench-${randomUUID()}`;
    const article = { id: articleId, title: `Article ${i}` };
    const by = { id: editor.id, name: editor.name };
    const { id } = await getDb().$transaction((tx) =>
      enqueueWebhookEvent(
        tx,
        type === "article.reopened"
          ? { type, articleId, data: { article, actor: by, reason: `Bench ${i}` } }
          : {
              type,
              articleId,
              data: { article: { ...article, revision: 1 }, actor: by, signOffId: `s-${i}`, findingCount: 1, nothingCheckWorthy: null },
            },
      ),
    );
    committedAt?.set(id, Date.now());
  }
}

try {
  for (let i = 0; i < 10; i++) await save(`warm-up ${i}`);
  const idle = await saves("idle");
  // The same stream of outbox writes, first with nothing to deliver, then delivered as it commits:
  // the difference between the two is what delivering costs the app.
  const [writingOnly] = await Promise.all([saves("writing"), produce("article.signed_off")]);

  worker.start();
  const committedAt = new Map<string, number>();
  const started = performance.now();
  const [busy] = await Promise.all([saves("busy"), produce("article.reopened", committedAt)]);
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
  const idleAfter = await saves("idle again");
  const line = (label: string, latencies: number[]) =>
    console.log(`annotation save, ${label.padEnd(52)} p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}`);
  line("nothing else running:", idle);
  line(`while ${EVENTS} events are written, none delivered:`, writingOnly);
  line(`while ${EVENTS} events are written and delivered:`, busy);
  line("nothing else running, after:", idleAfter);
} finally {
  await worker.stop();
  await receiver.close();
  await getDb().$disconnect();
  await scratch.drop();
}

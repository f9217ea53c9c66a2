import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { hasValidSignature, startWebhookReceiver, type ReceiverAnswer, type ReceivedWebhook } from "@/lib/test/webhook-receiver";
import { createTestUser } from "@/prisma/test-factories";
import { webhookPayloadSchema } from "@/lib/webhooks/webhook-events";
import type { BackoffPolicy } from "@/lib/webhooks/backoff";
import { createDeliveryWorker, type DeliveryWorkerOptions } from "./delivery-worker";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";
import { MAX_RESPONSE_CHARS } from "./post-webhook";

// The worker against a real HTTP receiver on this machine and the real database. Each case has
// endpoints of its own, and its workers deliver only those (other test files share the database).

let editor: Actor;
const endpointIds: string[] = [];
const closers: (() => Promise<void>)[] = [];
const FAST: BackoffPolicy = { baseMs: 20, factor: 2, maxMs: 200, maxAttempts: 6 };

beforeAll(async () => {
  assertTestDatabase();
  editor = await createTestUser("ADMIN");
}, 60_000);

// Each case's events go to its own endpoints only: the earlier cases' endpoints stop collecting them.
beforeEach(async () => {
  await getDb().webhookEndpoint.updateMany({ where: { id: { in: endpointIds } }, data: { isActive: false } });
});

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await getDb().webhookEndpoint.updateMany({ where: { id: { in: endpointIds } }, data: { isActive: false } });
});

async function receiver(answer?: (request: ReceivedWebhook, index: number) => ReceiverAnswer) {
  const started = await startWebhookReceiver(answer);
  closers.push(started.close);
  return started;
}

async function endpoint(url: string) {
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  const created = await getDb().webhookEndpoint.create({
    data: { url, events: ["article.reopened", "report.revoked"], secret, createdById: editor.id },
  });
  endpointIds.push(created.id);
  return { id: created.id, secret };
}

function worker(endpointId: string, options: Partial<DeliveryWorkerOptions> = {}) {
  const started = createDeliveryWorker({ endpointIds: [endpointId], allowHosts: ["127.0.0.1"], backoff: FAST, pollMs: 200, ...options });
  started.start();
  closers.push(() => started.stop());
  return started;
}

/**
 * `count` events on `articles` made-up articles, in turn (or `grouped`: each article's events one
 * after another, so that a claim's batch holds several of one article); answers the event ids per
 * article, in order.
 */
async function enqueue(count: number, articles: number, { grouped = false } = {}) {
  const articleIds = Array.from({ length: articles }, () => `article-${randomUUID()}`);
  const byArticle = new Map<string, string[]>(articleIds.map((id) => [id, []]));
  for (let i = 0; i < count; i++) {
    const articleId = articleIds[grouped ? Math.floor((i * articles) / count) : i % articles]!;
    const { id } = await getDb().$transaction((tx) =>
      enqueueWebhookEvent(tx, {
        type: "article.reopened",
        articleId,
        data: {
          article: { id: articleId, title: `Article ${i % articles}` },
          actor: { id: editor.id, name: editor.name },
          reason: `Event ${i}`,
        },
      }),
    );
    byArticle.get(articleId)!.push(id);
  }
  return byArticle;
}

async function until(condition: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const pendingOf = (endpointId: string) => getDb().webhookDelivery.count({ where: { endpointId, status: "PENDING" } });

describe("the delivery worker", { timeout: 120_000 }, () => {
  it("with two workers racing over 200 deliveries, delivers each once, signed, in order per article", async () => {
    // Answers take a random few milliseconds, so requests in flight together finish in any order.
    const hook = await receiver(() => ({ status: 200, delayMs: Math.floor(Math.random() * 8) }));
    const { id, secret } = await endpoint(hook.url);
    const order = await enqueue(200, 20, { grouped: true });
    const first = worker(id, { concurrency: 4 });
    const second = worker(id, { concurrency: 4 });
    await hook.waitFor(200, 90_000);
    await until(async () => (await pendingOf(id)) === 0);

    const ids = hook.received.map((r) => String(r.headers["webhook-id"]));
    expect(new Set(ids).size).toBe(200);
    expect(ids.length).toBe(200);
    for (const request of hook.received) {
      expect(hasValidSignature(request, secret)).toBe(true);
      expect(request.headers["webhook-attempt-id"]).toMatch(/^att_[0-9a-f]{32}$/);
      expect(webhookPayloadSchema.parse(JSON.parse(request.body)).type).toBe("article.reopened");
    }
    for (const [articleId, expected] of order) {
      const arrived = hook.received.filter((r) => JSON.parse(r.body).data.article.id === articleId).map((r) => r.headers["webhook-id"]);
      expect(arrived).toEqual(expected);
    }
    const deliveries = await getDb().webhookDelivery.findMany({
      where: { endpointId: id },
      select: { status: true, attemptCount: true, lockedBy: true },
    });
    expect(deliveries.every((d) => d.status === "DELIVERED" && d.attemptCount === 1)).toBe(true);
    // Both took part: the claims shared the work rather than one worker doing it all.
    expect(new Set(deliveries.map((d) => d.lockedBy))).toEqual(new Set([first.id, second.id]));
  });

  it("retries a receiver that fails every third call, with backoff, logging every attempt, in order per article", async () => {
    const hook = await receiver((_, index) => (index % 3 === 2 ? { status: 503, body: "busy, try later" } : 200));
    const { id, secret } = await endpoint(hook.url);
    const order = await enqueue(30, 3);
    worker(id, { concurrency: 3 });
    await until(async () => (await pendingOf(id)) === 0);

    const deliveries = await getDb().webhookDelivery.findMany({
      where: { endpointId: id },
      include: { attempts: { orderBy: { startedAt: "asc" } }, event: { select: { id: true } } },
    });
    expect(deliveries.every((d) => d.status === "DELIVERED")).toBe(true);
    const attempts = deliveries.flatMap((d) => d.attempts);
    expect(attempts).toHaveLength(hook.received.length);
    expect(new Set(attempts.map((a) => a.attemptId)).size).toBe(attempts.length);
    expect(new Set(hook.received.map((r) => r.headers["webhook-attempt-id"]))).toEqual(new Set(attempts.map((a) => a.attemptId)));
    const failed = attempts.filter((a) => a.statusCode === 503);
    expect(failed.length).toBe(hook.received.filter((_, i) => i % 3 === 2).length);
    for (const attempt of failed) expect(attempt).toMatchObject({ responseBody: "busy, try later", error: "The receiver answered 503." });
    for (const delivery of deliveries) expect(delivery.attemptCount).toBe(delivery.attempts.length);
    expect(hook.received.every((r) => hasValidSignature(r, secret))).toBe(true);
    // Per article, an event is taken (2xx) before the next one is ever sent.
    for (const [articleId, expected] of order) {
      const ofArticle = hook.received
        .filter((r) => JSON.parse(r.body).data.article.id === articleId)
        .map((r) => String(r.headers["webhook-id"]));
      const firstSeen = ofArticle.filter((eventId, i) => ofArticle.indexOf(eventId) === i);
      expect(firstSeen).toEqual(expected);
      // A repeat always follows its own failure directly: never a later event in between.
      for (let i = 1; i < ofArticle.length; i++)
        if (ofArticle[i] !== ofArticle[i - 1]) expect(expected.indexOf(ofArticle[i]!)).toBe(expected.indexOf(ofArticle[i - 1]!) + 1);
    }
  });

  it("fails a delivery after its last attempt, which then no longer holds back the article's next event", async () => {
    const hook = await receiver((request) => (JSON.parse(request.body).data.reason === "Event 0" ? 500 : 204));
    const { id } = await endpoint(hook.url);
    const order = await enqueue(2, 1);
    worker(id, { backoff: { ...FAST, maxAttempts: 3 } });
    await until(async () => (await pendingOf(id)) === 0);
    const [failing, next] = [...order.values()][0]!;
    const rows = await getDb().webhookDelivery.findMany({
      where: { endpointId: id },
      orderBy: { sequence: "asc" },
      include: { attempts: true },
    });
    expect(rows.map((r) => [r.eventId, r.status, r.attempts.length])).toEqual([
      [failing, "FAILED", 3],
      [next, "DELIVERED", 1],
    ]);
  });

  it("refuses private and local targets (a logged attempt, not a crash) and follows no redirect", async () => {
    const redirecting = await receiver(() => ({ status: 307, headers: { location: "http://169.254.169.254/latest/meta-data/" } }));
    const targets = [
      ["http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 is a private or local address/],
      ["http://10.1.2.3:8080/hook", /10\.1\.2\.3 is a private or local address/],
      ["http://[::1]:9/hook", /\[::1\] is a private or local address/],
      // localhost is 127.0.0.1, which is allowed by address only: the name is refused after its lookup.
      [`http://localhost:${redirecting.port}/hook`, /localhost is a private or local address \(127\.0\.0\.1\)/],
      ["file:///etc/passwd", /Only http:\/\/ and https:\/\//],
      [redirecting.url, /The receiver answered 307\./],
    ] as const;
    for (const [url, message] of targets) {
      const { id } = await endpoint(url);
      await enqueue(1, 1);
      const refusing = worker(id, { backoff: { ...FAST, maxAttempts: 1 } });
      await until(async () => (await pendingOf(id)) === 0);
      await refusing.stop();
      const [attempt] = await getDb().webhookAttempt.findMany({ where: { delivery: { endpointId: id } } });
      expect(attempt).toMatchObject({ statusCode: url === redirecting.url ? 307 : null, error: expect.stringMatching(message) });
      expect(await getDb().webhookDelivery.findFirstOrThrow({ where: { endpointId: id } })).toMatchObject({ status: "FAILED" });
    }
    // Only the redirecting receiver was reached, once: its Location was not followed.
    expect(redirecting.received).toHaveLength(1);
  });

  it("gives up on a receiver that does not answer in time, and keeps only the start of a long answer", async () => {
    const slow = await receiver(() => "hang");
    const verbose = await receiver(() => ({ status: 200, body: "x".repeat(50_000) }));
    const hanging = await endpoint(slow.url);
    const chatty = await endpoint(verbose.url);
    await enqueue(1, 1);
    worker(hanging.id, { timeoutMs: 300, backoff: { ...FAST, maxAttempts: 1 } });
    worker(chatty.id);
    await until(async () => (await pendingOf(hanging.id)) + (await pendingOf(chatty.id)) === 0);
    const [timedOut] = await getDb().webhookAttempt.findMany({ where: { delivery: { endpointId: hanging.id } } });
    expect(timedOut).toMatchObject({ statusCode: null, error: "No answer within 0.3 s." });
    expect(timedOut!.durationMs).toBeGreaterThanOrEqual(290);
    const [long] = await getDb().webhookAttempt.findMany({ where: { delivery: { endpointId: chatty.id } } });
    expect(long).toMatchObject({ statusCode: 200, error: null });
    expect(long!.responseBody).toBe("x".repeat(MAX_RESPONSE_CHARS));
  });

  it("takes over a delivery whose worker stopped holding it once the lease passes, without a second holder before", async () => {
    const hook = await receiver(() => 200);
    const { id } = await endpoint(hook.url);
    await enqueue(1, 1);
    // A worker that claimed it and died: the row says so, with a lease still running.
    await getDb().webhookDelivery.updateMany({
      where: { endpointId: id },
      data: { lockedBy: "dead-worker", lockedUntil: new Date(Date.now() + 1_500), attemptCount: 1 },
    });
    const started = Date.now();
    worker(id);
    await hook.waitFor(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    await until(async () => (await pendingOf(id)) === 0);
    expect(await getDb().webhookDelivery.findFirstOrThrow({ where: { endpointId: id } })).toMatchObject({
      status: "DELIVERED",
      attemptCount: 2,
    });
  });
});

import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { getWebhookEndpoint } from "./get-webhook-endpoint";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { listWebhookEndpoints } from "./list-webhook-endpoints";
import { redeliverWebhook } from "./redeliver-webhook";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { sendTestWebhookEvent } from "./send-test-webhook-event";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";

let admin: Actor;
beforeAll(async () => {
  assertTestDatabase();
  admin = await createTestUser("ADMIN");
});

const register = (actor: Actor, url = "https://hooks.example.org/factmark") =>
  createWebhookEndpoint({ actor, input: { url, description: "CMS", events: ["annotation.approved", "article.signed_off"] } });

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const audits = (entityId: string) =>
  getDb().auditEvent.findMany({
    where: { entityId, entityType: "WebhookEndpoint" },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });

/** A delivery as the worker leaves it: an article's event, with attempts in the log. */
async function seedDelivery(
  endpointId: string,
  state: { status: "PENDING" | "DELIVERED" | "FAILED"; lockedUntil?: Date | null; attempts?: number },
) {
  const db = getDb();
  const article = await createTestArticle(admin);
  const event = await db.webhookEvent.create({
    data: { id: `msg_${randomUUID()}`, type: "article.signed_off", articleId: article.id, payload: { articleId: article.id } },
  });
  const delivery = await db.webhookDelivery.create({
    data: {
      eventId: event.id,
      endpointId,
      articleId: article.id,
      sequence: event.sequence,
      status: state.status,
      attemptCount: state.attempts ?? 0,
      nextAttemptAt: new Date(Date.now() + 3_600_000),
      lockedUntil: state.lockedUntil ?? null,
      deliveredAt: state.status === "DELIVERED" ? new Date() : null,
    },
  });
  for (let n = 0; n < (state.attempts ?? 0); n++)
    await db.webhookAttempt.create({
      data: {
        deliveryId: delivery.id,
        attemptId: randomUUID(),
        durationMs: 40 + n,
        statusCode: 500,
        responseBody: `oops ${n}`,
        error: null,
        startedAt: new Date(Date.now() - 60_000 + n * 1000),
      },
    });
  return { delivery, article };
}

describe("webhook endpoints", () => {
  it("registers an endpoint with a Standard Webhooks secret, answered once, and audits it without the secret", async () => {
    const created = await register(admin);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(created.secret.slice(6), "base64")).toHaveLength(32);
    expect(created).toMatchObject({
      url: "https://hooks.example.org/factmark",
      events: ["annotation.approved", "article.signed_off"],
      isActive: true,
    });
    expect(await getWebhookEndpoint({ actor: admin, endpointId: created.id })).not.toHaveProperty("secret");
    expect((await listWebhookEndpoints({ actor: admin })).find((endpoint) => endpoint.id === created.id)).not.toHaveProperty("secret");
    const rows = await audits(created.id);
    expect(rows).toEqual([
      { action: "webhook.created", actorId: admin.id, before: null, after: expect.objectContaining({ url: created.url }) },
    ]);
    expect(JSON.stringify(rows)).not.toContain(created.secret.slice(6));
  });

  it.each(["EDITOR", "REVIEWER"] as const)("refuses every webhook use case to a %s", async (role) => {
    const other = await createTestUser(role);
    const { id: endpointId } = await register(admin);
    const { delivery } = await seedDelivery(endpointId, { status: "FAILED", attempts: 1 });
    const attempts = [
      register(other),
      listWebhookEndpoints({ actor: other }),
      getWebhookEndpoint({ actor: other, endpointId }),
      updateWebhookEndpoint({ actor: other, endpointId, patch: { isActive: false } }),
      rotateWebhookSecret({ actor: other, endpointId }),
      deleteWebhookEndpoint({ actor: other, endpointId }),
      listWebhookDeliveries({ actor: other, endpointId, page: { limit: 20 } }),
      redeliverWebhook({ actor: other, endpointId, deliveryId: delivery.id }),
      sendTestWebhookEvent({ actor: other, endpointId }),
    ];
    for (const attempt of attempts) {
      const error = await refusal(attempt);
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toBe("Only admins manage webhooks.");
    }
    const row = await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(row.status).toBe("FAILED");
    expect(await getDb().webhookEndpoint.count({ where: { id: endpointId, isActive: true } })).toBe(1);
    expect((await audits(endpointId)).map((audit) => audit.action)).toEqual(["webhook.created"]);
  });

  it.each([
    "http://127.0.0.1:8080/hook",
    "http://10.1.2.3/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://192.168.0.10/hook",
    "http://[::1]/hook",
    "http://[fd00:ec2::254]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://localhost:3000/hook",
  ])("refuses the private or local address %s, on create and on update", async (url) => {
    const before = await getDb().webhookEndpoint.count();
    const error = await refusal(register(admin, url));
    expect(error).toMatchObject({ code: "INVALID", details: { field: "url", reason: "PRIVATE_ADDRESS" } });
    expect(error.message).toMatch(/cannot be sent to .*private, local or reserved/);
    expect(await getDb().webhookEndpoint.count()).toBe(before);

    const { id: endpointId } = await register(admin);
    expect((await refusal(updateWebhookEndpoint({ actor: admin, endpointId, patch: { url } }))).details.reason).toBe("PRIVATE_ADDRESS");
    expect((await getWebhookEndpoint({ actor: admin, endpointId })).url).toBe("https://hooks.example.org/factmark");
  });

  it("updates only what changed, audits before and after of those fields, and answers a no-op as it is", async () => {
    const { id: endpointId } = await register(admin);
    const updated = await updateWebhookEndpoint({
      actor: admin,
      endpointId,
      patch: { url: "https://hooks.example.org/v2", description: "CMS", isActive: false },
    });
    expect(updated).toMatchObject({ url: "https://hooks.example.org/v2", description: "CMS", isActive: false });
    await updateWebhookEndpoint({ actor: admin, endpointId, patch: { isActive: false } });
    const rows = await audits(endpointId);
    expect(rows.map((row) => row.action)).toEqual(["webhook.created", "webhook.updated"]);
    expect(rows[1]).toMatchObject({
      before: { url: "https://hooks.example.org/factmark", isActive: true },
      after: { url: "https://hooks.example.org/v2", isActive: false },
    });
    expect(rows[1]!.after).not.toHaveProperty("description");
    expect((await refusal(updateWebhookEndpoint({ actor: admin, endpointId: "nope", patch: { isActive: true } }))).code).toBe("NOT_FOUND");
  });

  it("rotates the secret (answered once, audited without it) and deletes with the deliveries", async () => {
    const created = await register(admin);
    const rotated = await rotateWebhookSecret({ actor: admin, endpointId: created.id });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect((await getDb().webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } })).secret).toBe(rotated.secret);
    const { delivery } = await seedDelivery(created.id, { status: "DELIVERED", attempts: 1 });

    await deleteWebhookEndpoint({ actor: admin, endpointId: created.id });
    expect(await getDb().webhookDelivery.count({ where: { id: delivery.id } })).toBe(0);
    expect((await refusal(deleteWebhookEndpoint({ actor: admin, endpointId: created.id }))).code).toBe("NOT_FOUND");
    const rows = await audits(created.id);
    expect(rows.map((row) => row.action)).toEqual(["webhook.created", "webhook.secret_rotated", "webhook.deleted"]);
    expect(rows[2]!.before).toMatchObject({ url: created.url, events: created.events });
    expect(JSON.stringify(rows)).not.toContain(rotated.secret.slice(6));
  });
});

describe("deliveries", () => {
  it("lists an endpoint's deliveries newest first, with attempts and article titles, in keyset pages", async () => {
    const { id: endpointId } = await register(admin);
    const first = await seedDelivery(endpointId, { status: "FAILED", attempts: 3 });
    const second = await seedDelivery(endpointId, { status: "DELIVERED", attempts: 1 });
    const third = await seedDelivery(endpointId, { status: "PENDING" });

    const page1 = await listWebhookDeliveries({ actor: admin, endpointId, page: { limit: 2 } });
    expect(page1.deliveries.map((delivery) => delivery.id)).toEqual([third.delivery.id, second.delivery.id]);
    expect(page1.nextCursor).toMatch(/^\d+$/);
    const page2 = await listWebhookDeliveries({ actor: admin, endpointId, page: { limit: 2, before: page1.nextCursor! } });
    expect(page2.nextCursor).toBeNull();
    expect(page2.deliveries).toEqual([
      expect.objectContaining({
        id: first.delivery.id,
        eventType: "article.signed_off",
        articleTitle: first.article.title,
        status: "FAILED",
        attemptCount: 3,
        lastStatusCode: 500,
        attempts: [
          expect.objectContaining({ responseBody: "oops 0", statusCode: 500, durationMs: 40 }),
          expect.objectContaining({ responseBody: "oops 1" }),
          expect.objectContaining({ responseBody: "oops 2" }),
        ],
      }),
    ]);
    expect((await refusal(listWebhookDeliveries({ actor: admin, endpointId: "nope", page: { limit: 2 } }))).code).toBe("NOT_FOUND");
  });

  it("send again resets the job (pending, due now, no attempts counted), keeps its log and audits it", async () => {
    const { id: endpointId } = await register(admin);
    const { delivery } = await seedDelivery(endpointId, { status: "FAILED", attempts: 2 });
    const now = new Date();
    const view = await redeliverWebhook({ actor: admin, endpointId, deliveryId: delivery.id, now });
    expect(view).toMatchObject({ status: "PENDING", attemptCount: 0, isLeased: false, nextAttemptAt: now.toISOString() });
    const row = await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(row).toMatchObject({ status: "PENDING", attemptCount: 0, nextAttemptAt: now, lockedUntil: null, deliveredAt: null });
    expect(await getDb().webhookAttempt.count({ where: { deliveryId: delivery.id } })).toBe(2);
    const [, redelivered] = await audits(endpointId);
    expect(redelivered).toMatchObject({
      action: "webhook.redelivered",
      actorId: admin.id,
      before: { deliveryId: delivery.id, status: "FAILED", attemptCount: 2 },
      after: { deliveryId: delivery.id, status: "PENDING", attemptCount: 0 },
    });
  });

  it("refuses to send again while a worker holds the job, saying so, and changes nothing", async () => {
    const { id: endpointId } = await register(admin);
    const lockedUntil = new Date(Date.now() + 60_000);
    const { delivery } = await seedDelivery(endpointId, { status: "PENDING", lockedUntil, attempts: 1 });
    const error = await refusal(redeliverWebhook({ actor: admin, endpointId, deliveryId: delivery.id }));
    expect(error).toMatchObject({ code: "CONFLICT", details: { reason: "DELIVERY_IN_PROGRESS" } });
    expect(error.message).toMatch(/being sent right now/);
    const row = await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(row).toMatchObject({ status: "PENDING", attemptCount: 1, lockedUntil });
    expect((await audits(endpointId)).map((audit) => audit.action)).toEqual(["webhook.created"]);

    // A lease that has passed (its worker died) no longer stands in the way.
    const later = new Date(lockedUntil.getTime() + 1000);
    expect((await redeliverWebhook({ actor: admin, endpointId, deliveryId: delivery.id, now: later })).attemptCount).toBe(0);
    // Another endpoint's delivery is not found through this one.
    const { id: otherId } = await register(admin);
    expect((await refusal(redeliverWebhook({ actor: admin, endpointId: otherId, deliveryId: delivery.id }))).code).toBe("NOT_FOUND");
  });

  it("queues a webhook.test event for that endpoint only, as an outbox event and one pending delivery", async () => {
    const { id: endpointId } = await register(admin);
    const { id: otherId } = await register(admin);
    const sent = await sendTestWebhookEvent({ actor: admin, endpointId });
    expect(sent.delivery).toMatchObject({ eventType: "webhook.test", status: "PENDING", attemptCount: 0, articleId: null, attempts: [] });
    const event = await getDb().webhookEvent.findUniqueOrThrow({ where: { id: sent.eventId }, include: { deliveries: true } });
    expect(event.type).toBe("webhook.test");
    expect(event.deliveries.map((delivery) => [delivery.endpointId, delivery.sequence])).toEqual([[endpointId, event.sequence]]);
    expect(await getDb().webhookDelivery.count({ where: { endpointId: otherId } })).toBe(0);
    const log = await listWebhookDeliveries({ actor: admin, endpointId, page: { limit: 20 } });
    expect(log.deliveries.map((delivery) => delivery.id)).toEqual([sent.delivery.id]);
  });
});

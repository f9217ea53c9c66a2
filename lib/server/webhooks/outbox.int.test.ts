import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestAnnotation, createTestArticle, createTestUser } from "@/prisma/test-factories";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { addSource } from "@/lib/server/sources/add-source";
import { signOffArticle } from "@/lib/server/articles/sign-off-article";
import { reopenArticle } from "@/lib/server/articles/reopen-article";
import { publishReport, revokePublicReport } from "@/lib/server/reports/publish-report";
import { submitAnnotation } from "@/lib/server/reviews/submit-annotation";
import { approveAnnotation, requestChanges } from "@/lib/server/reviews/review-annotation";
import { webhookPayloadSchema, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

// The outbox is written in the change's own transaction: an event exists exactly when its change
// committed, with one delivery per active endpoint subscribed to its type.

let author: Actor;
let reviewer: Actor;
let editor: Actor;
const endpointIds: string[] = [];
let everything: string;
let signOffsOnly: string;
let inactive: string;

async function createEndpoint(events: readonly string[], isActive = true) {
  const endpoint = await getDb().webhookEndpoint.create({
    data: {
      url: "https://receiver.example/hook",
      events: [...events],
      secret: `whsec_${randomBytes(32).toString("base64")}`,
      isActive,
      createdById: editor.id,
    },
  });
  endpointIds.push(endpoint.id);
  return endpoint.id;
}

beforeAll(async () => {
  assertTestDatabase();
  [author, reviewer, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER"), createTestUser("EDITOR")]);
  everything = await createEndpoint(WEBHOOK_EVENT_TYPES);
  signOffsOnly = await createEndpoint(["article.signed_off"]);
  inactive = await createEndpoint(WEBHOOK_EVENT_TYPES, false);
}, 60_000);

// Other test files share the database: these endpoints stop collecting their events.
afterAll(async () => {
  await getDb().webhookEndpoint.updateMany({ where: { id: { in: endpointIds } }, data: { isActive: false } });
});

const eventsOf = (articleId: string) =>
  getDb().webhookEvent.findMany({
    where: { articleId },
    orderBy: { sequence: "asc" },
    include: { deliveries: { select: { endpointId: true, status: true, sequence: true } } },
  });

async function readyClaim() {
  const article = await createTestArticle(author);
  const claim = await createTestAnnotation(author, article);
  const withVerdict = await updateAnnotation({
    actor: author,
    input: { annotationId: claim.id, version: claim.version, patch: { verdict: { rating: "FALSE" } } },
  });
  const withSource = await addSource({
    actor: author,
    input: { annotationId: claim.id, version: withVerdict.version, source: { url: "https://www.ons.gov.uk/", stance: "CONTRADICTS" } },
  });
  return { article, claim: withSource };
}

// Generous: the machine these run on is shared, and each case takes a dozen transactions.
describe("the outbox", { timeout: 60_000 }, () => {
  it("keeps no event of a change that rolled back, and exactly one of one that committed", async () => {
    const { article, claim } = await readyClaim();
    const event = {
      type: "report.revoked",
      articleId: article.id,
      data: { article: { id: article.id, title: article.title }, actor: { id: editor.id, name: editor.name } },
    } as const;
    await expect(
      getDb().$transaction(async (tx) => {
        await enqueueWebhookEvent(tx, event);
        throw new Error("the change failed after its event was written");
      }),
    ).rejects.toThrow("the change failed");
    expect(await eventsOf(article.id)).toEqual([]);
    expect(await getDb().webhookDelivery.count({ where: { articleId: article.id } })).toBe(0);

    // A real use case that fails after the step: a stale version is refused, and leaves nothing.
    await expect(submitAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version - 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await eventsOf(article.id)).toEqual([]);

    const submitted = await submitAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version } });
    const events = await eventsOf(article.id);
    expect(events).toHaveLength(1);
    const [only] = events;
    expect(only!.id).toMatch(/^msg_[0-9a-f]{32}$/);
    const payload = webhookPayloadSchema.parse(only!.payload);
    expect(payload).toMatchObject({
      type: "annotation.submitted",
      data: {
        article: { id: article.id, title: article.title },
        actor: { id: author.id, name: author.name },
        annotation: { id: claim.id, status: "SUBMITTED", version: submitted.version, verdict: "FALSE", kind: "CLAIM" },
      },
    });
    // One delivery, to the active endpoint that wants it; none to the one that wants only sign-offs or to the inactive one.
    // (Other test files' endpoints may get it too: only this test's three are looked at.)
    const mine = only!.deliveries.filter((d) => [everything, signOffsOnly, inactive].includes(d.endpointId));
    expect(mine).toEqual([{ endpointId: everything, status: "PENDING", sequence: only!.sequence }]);
  });

  it("writes each workflow step's event, in commit order, to the endpoints subscribed to it", async () => {
    const { article, claim } = await readyClaim();
    const submitted = await submitAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version } });
    const sentBack = await requestChanges({
      actor: reviewer,
      input: { annotationId: claim.id, version: submitted.version, reason: "Cite the ONS release." },
    });
    const again = await submitAnnotation({ actor: author, input: { annotationId: claim.id, version: sentBack.version } });
    await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: again.version, note: "Checked." } });
    await signOffArticle({ actor: editor, input: { articleId: article.id } });
    await publishReport({ actor: editor, input: { articleId: article.id } });
    await revokePublicReport({ actor: editor, input: { articleId: article.id } });
    await reopenArticle({ actor: editor, input: { articleId: article.id, reason: "A reader sent a correction." } });

    const events = await eventsOf(article.id);
    expect(events.map((e) => e.type)).toEqual([
      "annotation.submitted",
      "annotation.changes_requested",
      "annotation.submitted",
      "annotation.approved",
      "article.signed_off",
      "report.published",
      "report.revoked",
      "article.reopened",
    ]);
    const payloads = events.map((e) => webhookPayloadSchema.parse(e.payload));
    expect(payloads[1]).toMatchObject({
      data: { reason: "Cite the ONS release.", reviewedVersion: submitted.version, actor: { id: reviewer.id } },
    });
    expect(payloads[3]).toMatchObject({ data: { note: "Checked.", annotation: { status: "APPROVED" } } });
    expect(payloads[4]).toMatchObject({ data: { findingCount: 1, nothingCheckWorthy: null, article: { revision: 1 } } });
    expect(payloads[5]).toMatchObject({ data: { reportUrl: expect.stringMatching(/\/r\/[\w-]{43}$/) } });
    expect(payloads[7]).toMatchObject({ data: { reason: "A reader sent a correction." } });
    // Other test files register endpoints in the same database meanwhile: only this test's count here.
    const mine = new Set([everything, signOffsOnly, inactive]);
    for (const event of events) {
      const expected = event.type === "article.signed_off" ? [everything, signOffsOnly] : [everything];
      const delivered = event.deliveries.map((d) => d.endpointId).filter((id) => mine.has(id));
      expect(delivered.sort()).toEqual(expected.sort());
    }
  });

  it("numbers one article's events in commit order when two changes race", async () => {
    const article = await createTestArticle(author);
    const data = { article: { id: article.id, title: article.title }, actor: { id: editor.id, name: editor.name } };
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    // The first transaction writes its event, then holds; the second must wait for it, so it is numbered after it.
    const first = getDb().$transaction(async (tx) => {
      await enqueueWebhookEvent(tx, { type: "report.revoked", articleId: article.id, data });
      await firstHolds;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    let secondDone = false;
    const second = getDb()
      .$transaction((tx) =>
        enqueueWebhookEvent(tx, { type: "article.reopened", articleId: article.id, data: { ...data, reason: "Second." } }),
      )
      .then(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondDone).toBe(false);
    releaseFirst();
    await Promise.all([first, second]);
    expect((await eventsOf(article.id)).map((e) => e.type)).toEqual(["report.revoked", "article.reopened"]);
  });
});

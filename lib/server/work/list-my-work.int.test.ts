import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { AnnotationStatus, ArticleStatus } from "@/lib/enums";
import { assertTestDatabase } from "@/lib/test/database";
import { transitionProblems } from "@/lib/workflow/annotation-status";
import { signOffProblems } from "@/lib/workflow/sign-off";
import { createTestArticle, createTestUser, createTestAnnotation } from "@/prisma/test-factories";
import { listMyWork, type MyWork, type WorkSection } from "./list-my-work";
import type { Actor } from "@/lib/auth/session";

// Other test files write to the same database at the same time, so the queues that span every
// article (review, sign-off) are checked by membership; the ones tied to a fresh user, exactly.
let me: Actor;
let colleague: Actor;
let reviewer: Actor;
beforeAll(async () => {
  assertTestDatabase();
  [me, colleague, reviewer] = await Promise.all([createTestUser("EDITOR"), createTestUser("EDITOR"), createTestUser("REVIEWER")]);
});

// The status is set after the annotations are made (see setStatus): an archived or signed-off article takes none.
async function article(status: ArticleStatus = "IN_PROGRESS", assignment: { checkerId?: string; reviewerId?: string } = {}) {
  const created = await createTestArticle(colleague);
  return getDb().article.update({ where: { id: created.id }, data: { status, ...assignment } });
}

const setStatus = (articleId: string, status: ArticleStatus) => getDb().article.update({ where: { id: articleId }, data: { status } });

type Setup = { author: Actor; status: AnnotationStatus; lastEditedBy?: Actor; deleted?: boolean };
async function annotation(articleId: string, { author, status, lastEditedBy, deleted }: Setup) {
  const { text } = await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
  const created = await createTestAnnotation(author, { id: articleId, text });
  await getDb().annotation.update({
    where: { id: created.id },
    data: { status, lastEditedById: lastEditedBy?.id ?? null, deletedAt: deleted ? new Date() : null },
  });
  return created.id;
}

const ids = (section: WorkSection<{ id: string }> | { refusal: string } | null) =>
  section && "items" in section ? section.items.map((item) => item.id) : [];
const reviewSection = (work: MyWork) => {
  if ("refusal" in work.review) throw new Error(work.review.refusal);
  return work.review;
};

describe("listMyWork", () => {
  it("review queue: submitted annotations by others, never my own or my last edit, never deleted ones", async () => {
    const { id: articleId } = await article();
    const theirs = await annotation(articleId, { author: colleague, status: "SUBMITTED" });
    const editedByThem = await annotation(articleId, { author: colleague, status: "SUBMITTED", lastEditedBy: reviewer });
    const mine = await annotation(articleId, { author: me, status: "SUBMITTED" });
    const myLastEdit = await annotation(articleId, { author: colleague, status: "SUBMITTED", lastEditedBy: me });
    const deleted = await annotation(articleId, { author: colleague, status: "SUBMITTED", deleted: true });
    const draft = await annotation(articleId, { author: colleague, status: "DRAFT" });
    // Frozen: an archived article's findings cannot be reviewed, so they wait in nobody's queue.
    const { id: archivedId } = await article();
    const inArchived = await annotation(archivedId, { author: colleague, status: "SUBMITTED" });
    await setStatus(archivedId, "ARCHIVED");

    const review = reviewSection(await listMyWork({ actor: me }));
    expect(ids(review)).toEqual(expect.arrayContaining([theirs, editedByThem]));
    for (const excluded of [mine, myLastEdit, deleted, draft, inArchived]) expect(ids(review)).not.toContain(excluded);
    expect(review.items.find((item) => item.id === theirs)).toMatchObject({ articleId, authorName: colleague.name, kind: "CLAIM" });
    expect(review.count).toBe(review.items.length);

    // The colleague, in turn, sees mine but not their own.
    const theirQueue = ids(reviewSection(await listMyWork({ actor: colleague })));
    expect(theirQueue).toContain(mine);
    expect(theirQueue).not.toContain(theirs);
  });

  it("changes requested: only my own annotations in that state, with what the reviewer asked", async () => {
    const author = await createTestUser("REVIEWER");
    const { id: articleId } = await article();
    const mine = await annotation(articleId, { author, status: "CHANGES_REQUESTED" });
    await annotation(articleId, { author: colleague, status: "CHANGES_REQUESTED" });
    await annotation(articleId, { author, status: "SUBMITTED" });
    await annotation(articleId, { author, status: "CHANGES_REQUESTED", deleted: true });
    await getDb().reviewDecision.create({
      data: {
        annotationId: mine,
        reviewerId: colleague.id,
        outcome: "CHANGES_REQUESTED",
        comment: "Cite the ONS release.",
        annotationVersion: 1,
      },
    });
    // An archived article is out of a reviewer's reach, and so is its work.
    const { id: archivedId } = await article();
    await annotation(archivedId, { author, status: "CHANGES_REQUESTED" });
    await setStatus(archivedId, "ARCHIVED");

    const work = await listMyWork({ actor: author });
    expect(work.changesRequested).toEqual({
      count: 1,
      items: [expect.objectContaining({ id: mine, request: { comment: "Cite the ONS release.", reviewerName: colleague.name } })],
    });
  });

  it("assigned: open articles where I am checker or reviewer, with their status and my part", async () => {
    const assignee = await createTestUser("REVIEWER");
    const checking = await article("IN_PROGRESS", { checkerId: assignee.id });
    const both = await article("NEW", { checkerId: assignee.id, reviewerId: assignee.id });
    await article("SIGNED_OFF", { reviewerId: assignee.id });
    await article("ARCHIVED", { checkerId: assignee.id });
    await article("IN_REVIEW", { checkerId: colleague.id });

    const { assigned } = await listMyWork({ actor: assignee });
    expect(assigned.count).toBe(2);
    expect(assigned.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: checking.id, status: "IN_PROGRESS", roles: ["checker"] }),
        expect.objectContaining({ id: both.id, status: "NEW", roles: ["checker", "reviewer"] }),
      ]),
    );
  });

  it("ready for sign-off: every live annotation approved or dismissed, at least one, not signed off; editors only", async () => {
    const settled = await article("IN_REVIEW");
    await annotation(settled.id, { author: colleague, status: "APPROVED" });
    await annotation(settled.id, { author: colleague, status: "DISMISSED" });
    await annotation(settled.id, { author: colleague, status: "DRAFT", deleted: true });
    const pending = await article("IN_REVIEW");
    await annotation(pending.id, { author: colleague, status: "APPROVED" });
    await annotation(pending.id, { author: colleague, status: "SUBMITTED" });
    const empty = await article("IN_REVIEW");
    const onlyDeleted = await article("IN_REVIEW");
    await annotation(onlyDeleted.id, { author: colleague, status: "APPROVED", deleted: true });
    // A finding lost from the corrected text blocks sign-off unless it was dismissed (lib/workflow/sign-off).
    const orphaned = await article("IN_REVIEW");
    const lost = await annotation(orphaned.id, { author: colleague, status: "APPROVED" });
    await getDb().annotation.update({ where: { id: lost }, data: { orphanedAt: new Date() } });
    const signedOff = await article("IN_REVIEW");
    await annotation(signedOff.id, { author: colleague, status: "APPROVED" });
    await setStatus(signedOff.id, "SIGNED_OFF");

    const ready = ids((await listMyWork({ actor: me })).readyForSignOff);
    expect(ready).toContain(settled.id);
    for (const excluded of [pending, empty, onlyDeleted, orphaned, signedOff]) expect(ready).not.toContain(excluded.id);

    const asReviewer = await listMyWork({ actor: reviewer });
    expect(asReviewer.readyForSignOff).toBeNull();
    // Whether a reviewer has a review queue is the transition table's call, not this query's.
    const refusal = transitionProblems("approve", { authorId: "", status: "SUBMITTED" }, reviewer)[0];
    if (refusal) expect(asReviewer.review).toEqual({ refusal });
    else expect(asReviewer.review).toHaveProperty("items");
  });

  it("ready for sign-off is the article bar's own rule (signOffProblems), article by article", async () => {
    const cases: Record<string, AnnotationStatus[]> = {
      "no findings": [],
      "one approved": ["APPROVED"],
      "all dismissed": ["DISMISSED", "DISMISSED"],
      "approved and dismissed": ["APPROVED", "DISMISSED"],
      "one in review": ["APPROVED", "SUBMITTED"],
      "one draft": ["DRAFT"],
    };
    const articles = await Promise.all(
      Object.entries(cases).map(async ([name, statuses]) => {
        const { id } = await article("IN_PROGRESS");
        for (const status of statuses) await annotation(id, { author: colleague, status });
        return { name, id };
      }),
    );
    const ready = ids((await listMyWork({ actor: me })).readyForSignOff);
    for (const { name, id } of articles) {
      const live = await getDb().annotation.findMany({
        where: { articleId: id, deletedAt: null },
        select: { kind: true, status: true, orphanedAt: true },
      });
      const isReady = signOffProblems({ articleStatus: "IN_PROGRESS", annotations: live }).length === 0;
      expect(ready.includes(id), `${name}: My work and the article bar agree`).toBe(isReady);
    }
  });

  it("says nothing is waiting when nothing is", async () => {
    const newcomer = await createTestUser("REVIEWER");
    const work = await listMyWork({ actor: newcomer });
    expect(work.changesRequested).toEqual({ items: [], count: 0 });
    expect(work.assigned).toEqual({ items: [], count: 0 });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/lib/db";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { assertTestDatabase } from "@/lib/test/database";
import { raceAgainstHeldTransaction } from "@/lib/test/lock-waits";
import { annotationPatchSchema } from "@/lib/validation/annotation";
import { createTestArticle, createTestAnnotation, createTestUser } from "@/prisma/test-factories";
import { ARTICLE_STATUSES, ROLES } from "@/lib/enums";
import { claimableSql, claimableWhere, claimAnnotationVersion, claimAnnotationVersions } from "./claim-version";
import { updateAnnotation } from "./update-annotation";
import type { Actor } from "@/lib/auth/session";

let author: Actor;
let editor: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  [author, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("EDITOR")]);
  article = await createTestArticle(author);
});

const newClaim = () => createTestAnnotation(author, article);

const versionOf = async (id: string) => (await getDb().annotation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/**
 * Runs `change` in a transaction that has claimed version 1 and keeps it open until PostgreSQL
 * shows `racer` waiting on that transaction's row lock, so the racer's claim meets a save that is
 * not yet committed. Returns what the racer threw (or returned).
 */
function raceAgainstOpenTransaction(annotationId: string, change: (tx: Tx) => Promise<unknown>, racer: () => Promise<unknown>) {
  return raceAgainstHeldTransaction(async (tx) => {
    await claimAnnotationVersion(tx, { actor: author, annotationId, version: 1, rule: editAnnotationRefusal });
    await change(tx);
  }, racer);
}

describe("claimAnnotationVersion", () => {
  it("takes the permission rule from the caller, so a review step can pass a frozen finding through the lock", async () => {
    const claim = await newClaim();
    await getDb().annotation.update({ where: { id: claim.id }, data: { status: "DISMISSED" } });
    const editing = getDb().$transaction((tx) =>
      claimAnnotationVersion(tx, { actor: author, annotationId: claim.id, version: 1, rule: editAnnotationRefusal }),
    );
    await expect(editing).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "A dismissed annotation is out of the report: reopen it to change it.",
    });
    expect(await versionOf(claim.id)).toBe(1);

    const reviewing = await getDb().$transaction((tx) =>
      claimAnnotationVersion(tx, { actor: editor, annotationId: claim.id, version: 1, rule: () => null }),
    );
    expect(reviewing).toMatchObject({ id: claim.id, status: "DISMISSED", version: 2 });
    expect(await versionOf(claim.id)).toBe(2);
  });

  it("answers FORBIDDEN with the rule's own reason and leaves the version alone", async () => {
    const claim = await newClaim();
    const refused = getDb().$transaction((tx) =>
      claimAnnotationVersion(tx, { actor: editor, annotationId: claim.id, version: 1, rule: () => "Not while the article is in review." }),
    );
    await expect(refused).rejects.toMatchObject({ code: "FORBIDDEN", message: "Not while the article is in review." });
    expect(await versionOf(claim.id)).toBe(1);
  });

  it("shows the loser of a race the winner's committed save, not the row it read before", async () => {
    const claim = await newClaim();
    const loser = await raceAgainstOpenTransaction(
      claim.id,
      (tx) => tx.annotation.update({ where: { id: claim.id }, data: { note: "the winner's note" } }),
      () =>
        updateAnnotation({
          actor: author,
          input: { annotationId: claim.id, version: 1, patch: annotationPatchSchema.parse({ note: "mine" }) },
        }),
    );
    expect(loser).toMatchObject({ code: "CONFLICT", details: { current: { note: "the winner's note", version: 2 } } });
  });

  it("answers NOT_FOUND, not CONFLICT, when the annotation was deleted in the meantime", async () => {
    const claim = await newClaim();
    const loser = await raceAgainstOpenTransaction(
      claim.id,
      (tx) => tx.annotation.update({ where: { id: claim.id }, data: { deletedAt: new Date() } }),
      () =>
        updateAnnotation({
          actor: author,
          input: { annotationId: claim.id, version: 1, patch: annotationPatchSchema.parse({ note: "mine" }) },
        }),
    );
    expect(loser).toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateAnnotation({
        actor: author,
        input: { annotationId: claim.id, version: 2, patch: annotationPatchSchema.parse({ note: "later" }) },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("claiming a deleted annotation", () => {
  const deletedClaim = async () => {
    const claim = await newClaim();
    await getDb().annotation.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    return claim;
  };

  it("is only for a restore: any other change finds nothing", async () => {
    const claim = await deletedClaim();
    const editing = getDb().$transaction((tx) =>
      claimAnnotationVersion(tx, { actor: author, annotationId: claim.id, version: 1, rule: editAnnotationRefusal }),
    );
    await expect(editing).rejects.toMatchObject({ code: "NOT_FOUND", message: "That annotation was deleted." });
    const restoring = await getDb().$transaction((tx) =>
      claimAnnotationVersion(tx, { actor: author, annotationId: claim.id, version: 1, rule: editAnnotationRefusal, isDeleted: true }),
    );
    expect(restoring).toMatchObject({ id: claim.id, version: 2 });
    expect(await versionOf(claim.id)).toBe(2);
  });

  it("finds nothing to restore on a live annotation, and refuses a version that is gone", async () => {
    const live = await newClaim();
    const restoringLive = getDb().$transaction((tx) =>
      claimAnnotationVersion(tx, { actor: author, annotationId: live.id, version: 1, rule: editAnnotationRefusal, isDeleted: true }),
    );
    await expect(restoringLive).rejects.toMatchObject({ code: "NOT_FOUND", message: "There is no deleted annotation to restore." });
    const deleted = await deletedClaim();
    const stale = getDb().$transaction((tx) =>
      claimAnnotationVersion(tx, {
        actor: author,
        annotationId: deleted.id,
        version: 7,
        rule: editAnnotationRefusal,
        isDeleted: true,
        conflictMessage: "Changed since.",
      }),
    );
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: "Changed since." });
    expect(await versionOf(deleted.id)).toBe(1);
  });
});

describe("claimAnnotationVersions", () => {
  it("claims the current version of each live annotation at once, so a save on the version before is refused", async () => {
    const [first, second, gone] = await Promise.all([newClaim(), newClaim(), newClaim()]);
    await getDb().annotation.update({ where: { id: second.id }, data: { version: 4 } });
    await getDb().annotation.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    const claimed = await getDb().$transaction((tx) =>
      claimAnnotationVersions(tx, { actor: editor, annotationIds: [first.id, second.id, gone.id] }),
    );
    expect(claimed.sort((a, b) => a.version - b.version)).toEqual([
      { annotationId: first.id, articleId: article.id, status: "DRAFT", version: 1, newVersion: 2 },
      { annotationId: second.id, articleId: article.id, status: "DRAFT", version: 4, newVersion: 5 },
    ]);
    expect(await Promise.all([versionOf(first.id), versionOf(second.id), versionOf(gone.id)])).toEqual([2, 5, 1]);
    await expect(
      updateAnnotation({
        actor: author,
        input: { annotationId: first.id, version: 1, patch: annotationPatchSchema.parse({ note: "late" }) },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the claim's scope", () => {
  it("is the same in SQL (the card's one-statement save) as in the claim's own reads, for every role and article status", async () => {
    const ids: string[] = [];
    for (const status of ARTICLE_STATUSES) {
      const inStatus = await createTestArticle(author);
      const annotation = await createTestAnnotation(author, inStatus);
      await getDb().article.update({ where: { id: inStatus.id }, data: { status } });
      ids.push(annotation.id);
    }
    for (const role of ROLES) {
      const actor = { ...author, role };
      const [bySql, byWhere] = await Promise.all([
        getDb().$queryRaw<{ id: string }[]>`
          SELECT a.id FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" WHERE a.id = ANY(${ids}::text[]) AND ${claimableSql(actor)}`,
        getDb().annotation.findMany({ where: { id: { in: ids }, ...claimableWhere(actor) }, select: { id: true } }),
      ]);
      expect(bySql.map((row) => row.id).sort(), role).toEqual(byWhere.map((row) => row.id).sort());
      expect(byWhere.length, role).toBeGreaterThan(0);
    }
  });
});

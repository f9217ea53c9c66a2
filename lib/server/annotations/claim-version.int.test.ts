import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/lib/db";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { assertTestDatabase } from "@/lib/test/database";
import { raceAgainstHeldTransaction } from "@/lib/test/lock-waits";
import { annotationPatchSchema } from "@/lib/validation/annotation";
import { createTestArticle, createTestAnnotation, createTestUser } from "@/prisma/test-factories";
import { claimAnnotationVersion } from "./claim-version";
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

import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { reopenArticle } from "@/lib/server/articles/reopen-article";
import { signOffArticle } from "@/lib/server/articles/sign-off-article";
import { approvedClaim, createLibraryEntry, uniqueWord } from "@/prisma/fact-check-factories";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { findSimilarFactChecks } from "./find-similar";

// "Checked before" reads like every other read: a desk entry shows only to those who may read its
// article, only while it stands, and never to the finding it came from.

let author: Actor;
let reviewer: Actor;
let editor: Actor;
beforeAll(async () => {
  assertTestDatabase();
  [author, reviewer, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER"), createTestUser("EDITOR")]);
});

/** A signed-off claim whose sentence holds `words`, and the text that finds it (those words alone, which no other test uses). */
async function deskClaim() {
  const words = `${uniqueWord()} ${uniqueWord()}`;
  const article = await createTestArticle(author);
  const claim = await approvedClaim({ author, approver: reviewer }, article, { claimText: `Unemployment fell to 4.1 per cent ${words}.` });
  await signOffArticle({ actor: editor, input: { articleId: article.id } });
  return { article, claim, text: words };
}

const similar = (actor: Actor, text: string, excludeAnnotationId?: string) =>
  findSimilarFactChecks(actor, { text, limit: 20, ...(excludeAnnotationId && { excludeAnnotationId }) });

describe("scoping of similar fact-checks", () => {
  it("gives a desk entry to everyone who may read its article, with its finding's id", async () => {
    const { claim, text } = await deskClaim();
    for (const actor of [reviewer, editor])
      expect(await similar(actor, text)).toEqual([
        expect.objectContaining({ origin: "desk", annotationId: claim.id, rating: expect.anything() }),
      ]);
  });

  it("never gives a reviewer a desk entry of an article they cannot read (archived), while an editor still sees it", async () => {
    const { article, claim, text } = await deskClaim();
    await getDb().article.update({ where: { id: article.id }, data: { status: "ARCHIVED" } });
    expect(await similar(reviewer, text)).toEqual([]);
    expect((await similar(editor, text)).map((m) => m.annotationId)).toEqual([claim.id]);
  });

  it("never matches a finding with itself", async () => {
    const { claim, text } = await deskClaim();
    expect(await similar(editor, text, claim.id)).toEqual([]);
  });

  it("leaves out an entry whose article was reopened", async () => {
    const { article, text } = await deskClaim();
    await reopenArticle({ actor: editor, input: { articleId: article.id, reason: "A reader wrote in." } });
    expect(await similar(editor, text)).toEqual([]);
  });

  it("gives every imported fact-check to every signed-in role", async () => {
    const word = uniqueWord();
    const entry = await createLibraryEntry({ claimReviewed: `Vaccines contain ${word} microchips`, ratingName: "Pants on Fire!" });
    for (const actor of [author, reviewer, editor])
      expect(await similar(actor, word)).toEqual([expect.objectContaining({ id: entry.id, origin: "library" })]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { raceAgainstHeldTransaction } from "@/lib/test/lock-waits";
import { createTestArticle, createTestUser, TEST_CLAIM } from "@/prisma/test-factories";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { lockArticleForAdding, lockArticleForSignOff } from "./article-locks";
import { signOffArticle } from "./sign-off-article";

// A sign-off and a new finding on the same article at the same moment: either the finding comes
// first and the sign-off counts it, or the sign-off comes first and the finding is refused. Never a
// signed-off article (least of all one signed off as having nothing check-worthy) with a finding it
// did not cover. Each side is held open in a transaction that does what the other use case does,
// until PostgreSQL shows the real use case waiting on its lock.

let editor: Actor;
let author: Actor;
beforeAll(async () => {
  assertTestDatabase();
  [editor, author] = await Promise.all([createTestUser("EDITOR"), createTestUser("REVIEWER")]);
});

describe("sign-off against a finding being added", () => {
  it("waits for a finding being added, then counts it: no 'nothing check-worthy' over a finding", async () => {
    const article = await createTestArticle(author);
    const start = article.text.indexOf(TEST_CLAIM);
    const outcome = await raceAgainstHeldTransaction(
      // What createAnnotation's transaction does: lock the article for adding, insert the finding.
      async (tx) => {
        await lockArticleForAdding(tx, article.id);
        await tx.annotation.create({
          data: {
            articleId: article.id,
            authorId: author.id,
            kind: "CLAIM",
            start,
            end: start + TEST_CLAIM.length,
            exact: TEST_CLAIM,
            prefix: "",
            suffix: "",
            articleRevision: 1,
          },
        });
      },
      () => signOffArticle({ actor: editor, input: { articleId: article.id, nothingCheckWorthy: "A notice of meeting dates." } }),
    );
    expect(outcome).toMatchObject({ code: "INVALID", details: { problems: [expect.stringMatching(/^It has 1 finding: /)] } });
    const row = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true } });
    expect(row.status).not.toBe("SIGNED_OFF");
    expect(await getDb().articleSignOff.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("holds off a finding added while the article is being signed off, which is then refused", async () => {
    const article = await createTestArticle(author);
    const start = article.text.indexOf(TEST_CLAIM);
    const outcome = await raceAgainstHeldTransaction(
      // What signOffArticle's transaction does: lock the article for sign-off, mark it signed off.
      async (tx) => {
        await lockArticleForSignOff(tx, article.id);
        await tx.article.update({ where: { id: article.id }, data: { status: "SIGNED_OFF" } });
      },
      () =>
        createAnnotation({
          actor: author,
          input: { articleId: article.id, articleRevision: 1, kind: "CLAIM", start, end: start + TEST_CLAIM.length, exact: TEST_CLAIM },
        }),
    );
    expect(outcome).toMatchObject({ code: "FORBIDDEN", message: "You cannot annotate this article." });
    expect(await getDb().annotation.count({ where: { articleId: article.id } })).toBe(0);
  });
});

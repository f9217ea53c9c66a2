import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { appBaseUrl } from "@/lib/env";
import { assertTestDatabase } from "@/lib/test/database";
import { correctArticle } from "@/lib/server/articles/correct-article";
import { reopenArticle } from "@/lib/server/articles/reopen-article";
import { signOffArticle } from "@/lib/server/articles/sign-off-article";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { publishReport, revokePublicReport } from "@/lib/server/reports/publish-report";
import { approveAnnotation } from "@/lib/server/reviews/review-annotation";
import { submitAnnotation } from "@/lib/server/reviews/submit-annotation";
import { approvedClaim, termCounts, uniqueWord } from "@/prisma/fact-check-factories";
import { createTestAnnotation, createTestArticle, createTestUser, TEST_CLAIM } from "@/prisma/test-factories";

// Every claim the desk signs off joins the library, in the sign-off's transaction, and follows the
// article from then on: its public report's address while one is published, REOPENED when the
// article is reopened, CORRECTED when its text is corrected, CURRENT with the new values when it is
// signed off again. The library's term counts stay equal to what its vectors hold throughout.

let author: Actor;
let reviewer: Actor;
let editor: Actor;
beforeAll(async () => {
  assertTestDatabase();
  [author, reviewer, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER"), createTestUser("EDITOR")]);
});

const entriesOf = (articleId: string) => getDb().factCheck.findMany({ where: { articleId }, orderBy: { createdAt: "asc" } });

/** An article with one approved claim (its sentence carrying `word`) inside an approved quote naming the speaker, signed off. */
async function signedOffArticle(word: string) {
  const article = await createTestArticle(author);
  const quote = await createTestAnnotation(author, article, { kind: "QUOTE", exact: `${TEST_CLAIM}, the minister said` });
  const named = await updateAnnotation({
    actor: author,
    input: { annotationId: quote.id, version: quote.version, patch: { speaker: "Ms Rivera" } },
  });
  const submitted = await submitAnnotation({ actor: author, input: { annotationId: quote.id, version: named.version } });
  await approveAnnotation({ actor: reviewer, input: { annotationId: quote.id, version: submitted.version } });
  const claim = await approvedClaim({ author, approver: reviewer }, article, { claimText: `Unemployment fell to 4.1 per cent ${word}.` });
  const signOff = await signOffArticle({ actor: editor, input: { articleId: article.id } });
  return { article, claim, signOff };
}

describe("desk entries at sign-off", () => {
  it("adds each approved claim with a verdict as the desk's fact-check, in the sign-off's transaction", async () => {
    const word = uniqueWord();
    const { article, claim, signOff } = await signedOffArticle(word);
    const entries = await entriesOf(article.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      origin: "DESK",
      standing: "CURRENT",
      annotationId: claim.id,
      articleId: article.id,
      url: null,
      claimReviewed: `Unemployment fell to 4.1 per cent ${word}.`,
      headline: article.title,
      rating: "FALSE",
      ratingName: "False",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      publisherName: "Factmark",
      claimAuthor: "Ms Rivera",
      language: "en",
    });
    expect(entries[0]!.datePublished!.toISOString().slice(0, 10)).toBe(signOff.createdAt.slice(0, 10));
    expect(await termCounts(word)).toEqual({ counted: 1, actual: 1 });
  });

  it("adds nothing when the sign-off is refused", async () => {
    const article = await createTestArticle(author);
    await createTestAnnotation(author, article);
    await expect(signOffArticle({ actor: editor, input: { articleId: article.id } })).rejects.toMatchObject({ code: "INVALID" });
    expect(await entriesOf(article.id)).toEqual([]);
  });
});

describe("desk entries follow the article", () => {
  it("cites the public report while it is published, and nothing once it is revoked", async () => {
    const { article, claim } = await signedOffArticle(uniqueWord());
    const { token } = await publishReport({ actor: editor, input: { articleId: article.id } });
    expect((await entriesOf(article.id))[0]!.url).toBe(`${appBaseUrl()}/r/${token}#finding-${claim.id}`);
    await revokePublicReport({ actor: editor, input: { articleId: article.id } });
    expect((await entriesOf(article.id))[0]!.url).toBeNull();
  });

  it("is REOPENED when the article is reopened, and CURRENT with the new values when it is signed off again", async () => {
    const [first, second] = [uniqueWord(), uniqueWord()];
    const { article, claim } = await signedOffArticle(first);
    const { token } = await publishReport({ actor: editor, input: { articleId: article.id } });
    const [before] = await entriesOf(article.id);

    await reopenArticle({ actor: editor, input: { articleId: article.id, reason: "A reader wrote in." } });
    expect(await entriesOf(article.id)).toMatchObject([{ id: before!.id, standing: "REOPENED", url: null }]);

    // Reworded and rated again, reviewed again, signed off again: the same entry, with the new values.
    const current = await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    const edited = await updateAnnotation({
      actor: author,
      input: {
        annotationId: claim.id,
        version: current.version,
        patch: { claimText: `Unemployment fell to 4.1 per cent ${second}.`, verdict: { rating: "MOSTLY_FALSE" } },
      },
    });
    const resubmitted =
      edited.status === "SUBMITTED"
        ? edited
        : await submitAnnotation({ actor: author, input: { annotationId: claim.id, version: edited.version } });
    await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: resubmitted.version } });
    await signOffArticle({ actor: editor, input: { articleId: article.id } });

    expect(await entriesOf(article.id)).toMatchObject([
      {
        id: before!.id,
        standing: "CURRENT",
        claimReviewed: `Unemployment fell to 4.1 per cent ${second}.`,
        rating: "MOSTLY_FALSE",
        ratingName: "Mostly false",
        ratingValue: 2,
        // The link published before the reopening is still active: the entry cites it again.
        url: `${appBaseUrl()}/r/${token}#finding-${claim.id}`,
      },
    ]);
    expect(await termCounts(first)).toEqual({ counted: 0, actual: 0 });
    expect(await termCounts(second)).toEqual({ counted: 1, actual: 1 });
  });

  it("leaves the library when its finding no longer qualifies at the next sign-off", async () => {
    const word = uniqueWord();
    const article = await createTestArticle(author);
    const kept = await approvedClaim({ author, approver: reviewer }, article, { claimText: `Unemployment fell ${uniqueWord()}.` });
    const dropped = await approvedClaim({ author, approver: reviewer }, article, {
      claimText: `Costing £3bn ${word}.`,
      exact: "costing £3bn",
    });
    await signOffArticle({ actor: editor, input: { articleId: article.id } });
    expect((await entriesOf(article.id)).map((e) => e.annotationId).sort()).toEqual([kept.id, dropped.id].sort());
    expect(await termCounts(word)).toEqual({ counted: 1, actual: 1 });

    await reopenArticle({ actor: editor, input: { articleId: article.id, reason: "The second claim was not check-worthy." } });
    const current = await getDb().annotation.findUniqueOrThrow({ where: { id: dropped.id }, select: { version: true } });
    await deleteAnnotation({ actor: author, input: { annotationId: dropped.id, version: current.version } });
    await signOffArticle({ actor: editor, input: { articleId: article.id } });

    expect((await entriesOf(article.id)).map((e) => e.annotationId)).toEqual([kept.id]);
    expect(await termCounts(word)).toEqual({ counted: 0, actual: 0 });
  });

  it("is CORRECTED when the article's text is corrected, signed off or reopened", async () => {
    const { article } = await signedOffArticle(uniqueWord());
    await correctArticle({ actor: editor, input: { articleId: article.id, revision: 1, text: article.text.replace("£3bn", "£4bn") } });
    expect(await entriesOf(article.id)).toMatchObject([{ standing: "CORRECTED", url: null }]);
    const row = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true } });
    expect(row.status).toBe("IN_PROGRESS");
  });
});

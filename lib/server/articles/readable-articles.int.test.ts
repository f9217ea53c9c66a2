import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { canReadArticle } from "@/lib/policies/articles";
import { assertTestDatabase } from "@/lib/test/database";
import { annotationPatchSchema } from "@/lib/validation/annotation";
import { createTestArticle, createTestAnnotation, createTestUser } from "@/prisma/test-factories";
import { listAnnotationHistory } from "@/lib/server/annotations/list-annotation-history";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { getArticle } from "./get-article";
import { listArticles } from "./list-articles";
import { readableArticleWhere } from "./readable-articles";
import type { Actor } from "@/lib/auth/session";

let reviewer: Actor;
let editor: Actor;
let admin: Actor;
let archived: Awaited<ReturnType<typeof createTestArticle>>;
let annotationId: string;
beforeAll(async () => {
  assertTestDatabase();
  [reviewer, editor, admin] = await Promise.all([createTestUser("REVIEWER"), createTestUser("EDITOR"), createTestUser("ADMIN")]);
  archived = await createTestArticle(reviewer);
  const claim = await createTestAnnotation(reviewer, archived);
  annotationId = claim.id;
  await getDb().article.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
});

/** Every page of the list, as a user paging through it would see them. */
async function allListed(actor: Actor) {
  const seen = [];
  for (let after: string | undefined, page = 0; page < 1000; page++) {
    const { articles, nextCursor } = await listArticles({ actor, query: { limit: 200, after } });
    seen.push(...articles);
    if (!nextCursor) break;
    after = nextCursor;
  }
  return seen;
}

describe("reads scoped to what the actor may read", () => {
  it("answers NOT_FOUND to a reviewer for an archived article, its annotations and their history", async () => {
    await expect(getArticle({ actor: reviewer, articleId: archived.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "There is no article with that id.",
    });
    await expect(listAnnotations({ actor: reviewer, articleId: archived.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listAnnotationHistory({ actor: reviewer, annotationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await allListed(reviewer)).not.toContainEqual(expect.objectContaining({ id: archived.id }));
  });

  it("refuses a reviewer's edit of an annotation on an archived article as not found", async () => {
    await expect(
      updateAnnotation({ actor: reviewer, input: { annotationId, version: 1, patch: annotationPatchSchema.parse({ note: "x" }) } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets an editor read the archived article, its annotations and their history", async () => {
    await expect(getArticle({ actor: editor, articleId: archived.id })).resolves.toMatchObject({ id: archived.id, status: "ARCHIVED" });
    expect((await listAnnotations({ actor: editor, articleId: archived.id })).map((a) => a.id)).toEqual([annotationId]);
    expect((await listAnnotationHistory({ actor: editor, annotationId })).map((e) => e.action)).toEqual(["annotation.created"]);
    const listed = (await allListed(editor)).find((a) => a.id === archived.id);
    expect(listed).toMatchObject({ status: "ARCHIVED", counts: { CLAIM: 1, QUOTE: 0, OPINION: 0 } });
  });

  it("answers NOT_FOUND for an unknown article rather than an empty list", async () => {
    await expect(listAnnotations({ actor: editor, articleId: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("builds the query from the policy: for every role and status they agree", async () => {
    const articles = await Promise.all(
      Object.values(ArticleStatus).map(async (status) => {
        const article = await createTestArticle(editor);
        return getDb().article.update({ where: { id: article.id }, data: { status }, select: { id: true, status: true } });
      }),
    );
    for (const actor of [reviewer, editor, admin]) {
      const found = await getDb().article.findMany({
        where: { id: { in: articles.map((a) => a.id) }, ...readableArticleWhere(actor) },
        select: { id: true },
      });
      const expected = articles.filter((article) => canReadArticle(actor, article)).map((a) => a.id);
      expect(found.map((a) => a.id).sort()).toEqual(expected.sort());
    }
  });
});

describe("listAnnotationHistory", () => {
  it("reads only the annotation's own and its sources' events, by entity type", async () => {
    // An event about another kind of entity that happens to carry the same id must not show up.
    await getDb().auditEvent.create({ data: { action: "article.noted", entityType: "Article", entityId: annotationId } });
    expect((await listAnnotationHistory({ actor: editor, annotationId })).map((e) => e.action)).toEqual(["annotation.created"]);
  });
});

import { z } from "zod";
import { defineOperation } from "@/lib/api/v1/define-operation";
import { articlePageSchema, articleSchema } from "@/lib/api/v1/schemas/articles";
import { articleListQuerySchema } from "@/lib/validation/article-list";
import { articleDetailsPatchSchema, createArticleSchema } from "@/lib/validation/article";

// Any string: an id that was never handed out (or is not one at all) is simply not found (404).
const articleParams = z.object({ articleId: z.string().meta({ description: "The article's id." }) });

export const listArticles = defineOperation({
  operationId: "listArticles",
  method: "get",
  path: "/articles",
  scope: "read",
  tag: "Articles",
  summary: "List articles",
  description:
    "The articles the user may read, a page at a time, with the article list's filters. Keyset pagination: pass `nextCursor` as `after` for the next page (with the same filters and sort).",
  query: articleListQuerySchema,
  responses: { 200: { description: "A page of articles.", schema: articlePageSchema } },
  problems: [403, 422],
});

export const getArticle = defineOperation({
  operationId: "getArticle",
  method: "get",
  path: "/articles/{articleId}",
  scope: "read",
  tag: "Articles",
  summary: "Get an article",
  description: "The article with its text at the current revision, its status, assignees and sign-off.",
  params: articleParams,
  responses: { 200: { description: "The article.", schema: articleSchema } },
  problems: [403, 404],
});

export const createArticle = defineOperation({
  operationId: "createArticle",
  method: "post",
  path: "/articles",
  scope: "annotate",
  tag: "Articles",
  summary: "Import an article from its text or from a web address",
  description:
    "With `text`: imported as text pasted on the import form is. With `url`: the page is fetched (public addresses only), kept as a snapshot, and its article extracted; details sent with it win over the page's own. A text already imported answers 409 with `existingArticleId`.",
  body: createArticleSchema,
  responses: { 201: { description: "The new article; Location is its address.", schema: articleSchema } },
  problems: [403, 409, 422],
});

export const updateArticle = defineOperation({
  operationId: "updateArticle",
  method: "patch",
  path: "/articles/{articleId}",
  scope: "annotate",
  tag: "Articles",
  summary: "Change an article's details",
  description:
    "Title, byline, publisher, source URL, publication date, language: each one sent is changed, each one left out kept; null or an empty string clears an optional one. Editors, admins and whoever imported it may; not once it is signed off. The text is changed by a correction, not here.",
  params: articleParams,
  body: articleDetailsPatchSchema,
  responses: { 200: { description: "The article as it is now.", schema: articleSchema } },
  problems: [403, 404, 422],
});

import { z } from "zod";
import { defineOperation } from "@/lib/api/v1/define-operation";
import { recordId } from "@/lib/validation/fields";
import { reopenArticleSchema, signOffArticleSchema } from "@/lib/validation/review";

// An article's sign-off and its public report, over the same use cases as the article and report
// pages (lib/server/articles/sign-off-article.ts, reopen-article.ts, lib/server/reports/publish-report.ts).
// Both are editors' and admins' decisions in the browser, so both need the review scope: the
// export scope follows reading (whoever reads an article may download it), and publishing is not
// a download but a decision to make the report public.

const articleParams = z.object({ articleId: recordId });

export const signOffSchema = z
  .object({
    id: z.string(),
    revision: z.int().meta({ description: "The article revision the sign-off covers." }),
    chainHead: z.string().meta({ description: "The audit chain head the sign-off closed, for a report to cite." }),
    createdAt: z.iso.datetime(),
    nothingCheckWorthy: z.string().nullable().meta({ description: "Signed off without findings, for this reason." }),
  })
  .meta({ id: "SignOff" });

export const reopenedArticleSchema = z.object({ id: z.string(), status: z.literal("IN_PROGRESS") }).meta({ id: "ReopenedArticle" });

export const publicReportSchema = z
  .object({ token: z.string(), url: z.url().meta({ description: "The public report: anyone with the link reads it." }) })
  .meta({ id: "PublicReport" });

export const revokedReportSchema = z
  .object({ revoked: z.int().meta({ description: "How many active links were revoked (one)." }) })
  .meta({ id: "RevokedPublicReport" });

export const signOffArticle = defineOperation({
  operationId: "signOffArticle",
  method: "post",
  path: "/articles/{articleId}/sign-off",
  scope: "review",
  tag: "Sign-off",
  summary: "Sign an article off",
  description:
    "Editors and admins. Every finding must be approved or dismissed; an article without findings is signed off with `nothingCheckWorthy` and its reason. Send `{}` for a plain sign-off. A refused sign-off answers 422 with `problems`, in the words the article page shows; from then on the article is read-only.",
  params: articleParams,
  body: signOffArticleSchema.omit({ articleId: true }),
  responses: { 200: { description: "Signed off.", schema: signOffSchema } },
  problems: [403, 404, 409, 422],
});

export const reopenArticle = defineOperation({
  operationId: "reopenArticle",
  method: "post",
  path: "/articles/{articleId}/reopen",
  scope: "review",
  tag: "Sign-off",
  summary: "Reopen a signed-off article, with the reason",
  description: "Editors and admins. 422 when the article is not signed off or the reason is missing.",
  params: articleParams,
  body: reopenArticleSchema.omit({ articleId: true }),
  responses: { 200: { description: "Back in progress.", schema: reopenedArticleSchema } },
  problems: [403, 404, 422],
});

export const publishReport = defineOperation({
  operationId: "publishReport",
  method: "post",
  path: "/articles/{articleId}/public-report",
  scope: "review",
  tag: "Sign-off",
  summary: "Publish the signed-off report at a public link",
  description:
    "Editors and admins, on a signed-off article (403 otherwise, with the report page's words). Publishing again while a link is active answers that link.",
  params: articleParams,
  responses: { 200: { description: "The public link.", schema: publicReportSchema } },
  problems: [403, 404],
});

export const revokePublicReport = defineOperation({
  operationId: "revokePublicReport",
  method: "delete",
  path: "/articles/{articleId}/public-report",
  scope: "review",
  tag: "Sign-off",
  summary: "Revoke the public link: from then on it answers 404",
  description: "Editors and admins, whatever the article's state. 422 when there is no active link.",
  params: articleParams,
  responses: { 200: { description: "Revoked.", schema: revokedReportSchema } },
  problems: [403, 404, 422],
});

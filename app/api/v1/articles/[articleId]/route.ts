import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { getArticle, updateArticle } from "@/lib/api/v1/operations/articles";
import { toApiArticle } from "@/lib/api/v1/schemas/articles";
import { getArticle as readArticle } from "@/lib/server/articles/get-article";
import { updateArticleDetails } from "@/lib/server/articles/update-article-details";

export const GET = apiRoute(getArticle, async ({ caller: { actor }, params: { articleId } }) =>
  apiJson(toApiArticle(await readArticle({ actor, articleId }))),
);

export const PATCH = apiRoute(updateArticle, async ({ caller: { actor }, params: { articleId }, body }) => {
  await updateArticleDetails({ actor, articleId, details: body });
  return apiJson(toApiArticle(await readArticle({ actor, articleId })));
});

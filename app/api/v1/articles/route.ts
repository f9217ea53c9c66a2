import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { API_BASE_PATH } from "@/lib/api/v1/openapi-document";
import { createArticle, listArticles } from "@/lib/api/v1/operations/articles";
import { toApiArticle, toApiArticlePage } from "@/lib/api/v1/schemas/articles";
import { getArticle as readArticle } from "@/lib/server/articles/get-article";
import { importUploadedArticle } from "@/lib/server/articles/import-uploaded-article";
import { importWebPage } from "@/lib/server/articles/import-web-page";
import { listArticles as listReadableArticles } from "@/lib/server/articles/list-articles";

export const GET = apiRoute(listArticles, async ({ caller: { actor }, query }) =>
  apiJson(toApiArticlePage(await listReadableArticles({ actor, query }))),
);

export const POST = apiRoute(createArticle, async ({ caller: { actor }, body }) => {
  const { id } =
    "url" in body
      ? await importWebPage({ actor, url: body.url, metadata: withoutKey(body, "url") })
      : await importUploadedArticle({ actor, metadata: withoutKey(body, "text"), upload: { mode: "paste", content: body.text } });
  const article = toApiArticle(await readArticle({ actor, articleId: id }));
  return apiJson(article, { status: 201, headers: { Location: `${API_BASE_PATH}/articles/${article.id}` } });
});

function withoutKey<Body extends object, Key extends keyof Body>(body: Body, key: Key): Omit<Body, Key> {
  const { [key]: _left, ...rest } = body;
  return rest;
}

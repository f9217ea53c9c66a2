import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { reopenArticle } from "@/lib/api/v1/operations/sign-off";
import * as reopen from "@/lib/server/articles/reopen-article";

export const POST = apiRoute(reopenArticle, async ({ caller: { actor }, params, body }) =>
  apiJson(await reopen.reopenArticle({ actor, input: { ...params, ...body } })),
);

import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { signOffArticle } from "@/lib/api/v1/operations/sign-off";
import * as signOff from "@/lib/server/articles/sign-off-article";

export const POST = apiRoute(signOffArticle, async ({ caller: { actor }, params, body }) =>
  apiJson(await signOff.signOffArticle({ actor, input: { ...params, ...body } })),
);

import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { search } from "@/lib/api/v1/operations/library";
import { searchEverything } from "@/lib/server/search/search-everything";

export const GET = apiRoute(search, async ({ caller: { actor }, query }) => apiJson(await searchEverything({ actor, query })));

import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { listFactChecks } from "@/lib/api/v1/operations/library";
import * as library from "@/lib/server/fact-checks/list-fact-checks";

export const GET = apiRoute(listFactChecks, async ({ caller: { actor }, query }) =>
  apiJson(await library.listFactChecks({ actor, query })),
);

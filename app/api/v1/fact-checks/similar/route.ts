import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { findSimilarFactChecks } from "@/lib/api/v1/operations/library";
import * as similar from "@/lib/server/fact-checks/find-similar";

export const GET = apiRoute(findSimilarFactChecks, async ({ caller: { actor }, query }) =>
  apiJson({ matches: await similar.findSimilarFactChecks(actor, query) }),
);

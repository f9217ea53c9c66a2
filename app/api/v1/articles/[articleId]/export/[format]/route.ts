import { apiRoute } from "@/lib/api/v1/api-route";
import { exportArticle } from "@/lib/api/v1/operations/exports";
import * as articleExport from "@/lib/server/exports/export-article";

export const GET = apiRoute(exportArticle, async ({ caller: { actor }, params }) => articleExport.exportArticle({ actor, ...params }));

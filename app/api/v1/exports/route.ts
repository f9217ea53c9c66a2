import { apiRoute } from "@/lib/api/v1/api-route";
import { exportArticles } from "@/lib/api/v1/operations/exports";
import { exportSelection } from "@/lib/server/exports/export-selection";

export const GET = apiRoute(exportArticles, async ({ caller: { actor }, query }) => exportSelection({ actor, selection: query }));

import "server-only";
import type { Actor } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/env";
import { EXPORT_FORMATS, exportFileName, renderExport, type ExportFormat } from "@/lib/exports/formats";
import { buildReportModel } from "@/lib/server/reports/build-report-model";

export type ExportArticleOptions = { actor: Actor; articleId: string; format: ExportFormat };

/**
 * One article's report in one format, as the download it is: the browser's route
 * (/api/articles/[id]/export/[format]) and the API's (/api/v1) answer the same bytes and headers.
 * Reading the report model checks that the actor may read the article (404 otherwise).
 */
export async function exportArticle({ actor, articleId, format }: ExportArticleOptions): Promise<Response> {
  const model = await buildReportModel({ actor, articleId, baseUrl: appBaseUrl() });
  const bytes = await renderExport(model, format);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": EXPORT_FORMATS[format].contentType,
      "Content-Disposition": `attachment; filename="${exportFileName(model, format)}"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
    },
  });
}

import { parseInput } from "@/lib/validation/parse-input";
import { appBaseUrl } from "@/lib/env";
import { EXPORT_FORMATS, exportFileName, renderExport } from "@/lib/exports/formats";
import { withActor } from "@/lib/http";
import { buildReportModel } from "@/lib/server/reports/build-report-model";
import { exportArticleSchema } from "@/lib/validation/export";

type Context = { params: Promise<{ id: string; format: string }> };

export const GET = withActor<Context>(async (_request, actor, { params }) => {
  const { id, format: raw } = await params;
  const { articleId, format } = parseInput(exportArticleSchema, { articleId: id, format: raw });
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
});

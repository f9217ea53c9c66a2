import { Zip, ZipPassThrough } from "fflate";
import { parseInput } from "@/lib/validation/parse-input";
import { appBaseUrl } from "@/lib/env";
import { exportFileName, renderExport } from "@/lib/exports/formats";
import { withActor } from "@/lib/http";
import { buildReportModel } from "@/lib/server/exports/build-report-model";
import { exportSelectionSchema } from "@/lib/validation/export";

// A selection from the article list as one zip, streamed: each article is read, rendered and
// written out before the next is read, so memory holds one article at a time. Articles the actor
// may not read are refused before anything is sent (404), as a single export would be.
export const GET = withActor(async (request, actor) => {
  const url = new URL(request.url);
  const { articleIds, format } = parseInput(exportSelectionSchema, {
    articleIds: url.searchParams.get("ids") ?? "",
    format: url.searchParams.get("format") ?? "",
  });
  const baseUrl = appBaseUrl();
  const first = await buildReportModel({ actor, articleId: articleIds[0]!, baseUrl });
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      try {
        for (const [index, articleId] of articleIds.entries()) {
          const model = index === 0 ? first : await buildReportModel({ actor, articleId, baseUrl });
          // Stored, not deflated: PDFs are compressed already, and the timestamp comes from the data.
          const entry = new ZipPassThrough(exportFileName(model, format));
          entry.mtime = new Date(model.asOf);
          zip.add(entry);
          entry.push(await renderExport(model, format), true);
        }
        zip.end();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="factmark-${format}-${articleIds.length}-articles.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
});

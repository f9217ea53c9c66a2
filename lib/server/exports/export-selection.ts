import "server-only";
import { Zip, ZipPassThrough } from "fflate";
import type { Actor } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/env";
import { exportFileName, renderExport } from "@/lib/exports/formats";
import { buildReportModel } from "@/lib/server/reports/build-report-model";
import { requireReadableArticles } from "@/lib/server/exports/require-readable-articles";
import type { ExportSelectionInput } from "@/lib/validation/export";

export type ExportSelectionOptions = { actor: Actor; selection: ExportSelectionInput };

// A selection from the article list as one zip, streamed: each article is read, rendered and
// written out before the next is read, so memory holds one article at a time. Entries follow the
// list's order for the list's sort (`sort`, newest first by default), whatever order the ids came
// in. Unless the actor may read every article selected, nothing is sent but the refusal (404), as
// a single export would be.
// X-Export-Articles tells the browser how many entries to expect, for its progress bar: it counts
// the entries as they arrive (lib/exports/zip-progress.ts).
// The browser's route (/api/exports) and the API's (/api/v1/exports) both answer through here.
export async function exportSelection({ actor, selection }: ExportSelectionOptions): Promise<Response> {
  const { format } = selection;
  const baseUrl = appBaseUrl();
  const articleIds = await requireReadableArticles({ actor, articleIds: selection.articleIds, sort: selection.sort });
  // One article per pull: the next is read and rendered only when the client has taken the last.
  let zip: Zip;
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull(controller) {
      if (next > articleIds.length) return;
      if (next === articleIds.length) {
        next++;
        return zip.end();
      }
      try {
        const model = await buildReportModel({ actor, articleId: articleIds[next++]!, baseUrl });
        // Stored, not deflated: PDFs are compressed already, and the timestamp comes from the data.
        const entry = new ZipPassThrough(exportFileName(model, format));
        entry.mtime = new Date(model.asOf);
        zip.add(entry);
        entry.push(await renderExport(model, format), true);
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
      "X-Export-Articles": String(articleIds.length),
    },
  });
}

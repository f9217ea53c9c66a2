// Every download format with its renderer (model → bytes). Labels, extensions and file names live
// in format-names.ts, which the browser may import.
import { renderClaimReviewJson } from "./claim-review";
import { renderCsv } from "./csv";
import { EXPORT_FORMAT_INFO, type ExportFormat } from "./format-names";
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderPdf } from "./pdf/render-pdf";
import type { ReportModel } from "./report-model";
import { renderWebAnnotations } from "./web-annotation";

export { EXPORT_FORMAT_IDS, exportFileName, type ExportFormat } from "./format-names";

const RENDERERS: Record<ExportFormat, (m: ReportModel) => Buffer | Promise<Buffer>> = {
  pdf: renderPdf,
  json: renderJson,
  csv: renderCsv,
  claimreview: renderClaimReviewJson,
  w3c: renderWebAnnotations,
  markdown: renderMarkdown,
};

export const EXPORT_FORMATS = EXPORT_FORMAT_INFO;

export async function renderExport(model: ReportModel, format: ExportFormat): Promise<Buffer> {
  return RENDERERS[format](model);
}

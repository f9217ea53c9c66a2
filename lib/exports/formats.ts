// Every download format: its file extension, content type and renderer (model → bytes).
import { renderClaimReviewJson } from "./claim-review";
import { renderCsv } from "./csv";
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderPdf } from "./pdf/render-pdf";
import type { ReportModel } from "./report-model";
import { renderWebAnnotations } from "./web-annotation";

export const EXPORT_FORMATS = {
  pdf: { label: "PDF report", extension: "pdf", contentType: "application/pdf", render: renderPdf },
  json: { label: "JSON (full report)", extension: "json", contentType: "application/json; charset=utf-8", render: renderJson },
  csv: { label: "CSV (one row per annotation)", extension: "csv", contentType: "text/csv; charset=utf-8", render: renderCsv },
  claimreview: {
    label: "ClaimReview JSON-LD",
    extension: "claimreview.jsonld",
    contentType: "application/ld+json; charset=utf-8",
    render: renderClaimReviewJson,
  },
  w3c: {
    label: "W3C Web Annotation",
    extension: "annotations.jsonld",
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    render: renderWebAnnotations,
  },
  markdown: { label: "Markdown", extension: "md", contentType: "text/markdown; charset=utf-8", render: renderMarkdown },
} as const satisfies Record<
  string,
  { label: string; extension: string; contentType: string; render: (m: ReportModel) => Buffer | Promise<Buffer> }
>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** A file name from the title: ASCII letters, digits and dashes, never empty. */
export function exportFileName(model: Pick<ReportModel, "article">, format: ExportFormat): string {
  const slug = model.article.title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${slug || "article"}-${model.article.id}.${EXPORT_FORMATS[format].extension}`;
}

export async function renderExport(model: ReportModel, format: ExportFormat): Promise<Buffer> {
  return EXPORT_FORMATS[format].render(model);
}

// The download formats as the browser knows them: labels, file extensions and content types, with
// no renderer attached, so client code (the article list's export bar) can import them without
// pulling PDFKit into the page. formats.ts adds the renderers.
import type { ReportModel } from "./report-model";

export const EXPORT_FORMAT_INFO = {
  pdf: { label: "PDF report", extension: "pdf", contentType: "application/pdf" },
  json: { label: "JSON (full report)", extension: "json", contentType: "application/json; charset=utf-8" },
  csv: { label: "CSV (one row per annotation)", extension: "csv", contentType: "text/csv; charset=utf-8" },
  claimreview: { label: "ClaimReview JSON-LD", extension: "claimreview.jsonld", contentType: "application/ld+json; charset=utf-8" },
  w3c: {
    label: "W3C Web Annotation",
    extension: "annotations.jsonld",
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  },
  markdown: { label: "Markdown", extension: "md", contentType: "text/markdown; charset=utf-8" },
} as const satisfies Record<string, { label: string; extension: string; contentType: string }>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_INFO;
/** The most articles one selection download takes. */
export const MAX_EXPORT_SELECTION = 500;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMAT_INFO) as ExportFormat[];

/** A file name from the title: ASCII letters, digits and dashes, never empty; it ends with the article's id. */
export function exportFileName(model: Pick<ReportModel, "article">, format: ExportFormat): string {
  const slug = model.article.title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${slug || "article"}-${model.article.id}.${EXPORT_FORMAT_INFO[format].extension}`;
}

/** The article id an export file's name ends with (see exportFileName), or null for any other name. */
export function articleIdOfFileName(name: string, format: ExportFormat): string | null {
  const suffix = `.${EXPORT_FORMAT_INFO[format].extension}`;
  if (!name.endsWith(suffix)) return null;
  const stem = name.slice(0, -suffix.length);
  const id = stem.slice(stem.lastIndexOf("-") + 1);
  return id || null;
}

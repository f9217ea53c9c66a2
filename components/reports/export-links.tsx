import { EXPORT_FORMATS, EXPORT_FORMAT_IDS } from "@/lib/exports/formats";

/** Plain download links: the route handlers answer with Content-Disposition, so the browser saves them. */
export function ExportLinks({ articleId }: { articleId: string }) {
  return (
    <nav className="report-actions" aria-label="Downloads">
      {EXPORT_FORMAT_IDS.map((format) => (
        <a key={format} href={`/api/articles/${encodeURIComponent(articleId)}/export/${format}`} download>
          {EXPORT_FORMATS[format].label}
        </a>
      ))}
    </nav>
  );
}

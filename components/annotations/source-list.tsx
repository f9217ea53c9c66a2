import type { SourceView } from "@/lib/annotations/types";
import { STANCE_LABELS } from "@/lib/enums";

type SourceListProps = {
  sources: SourceView[];
  onRemove?: (sourceId: string) => void;
  onEdit?: (sourceId: string) => void;
};

export function SourceList({ sources, onRemove, onEdit }: SourceListProps) {
  if (sources.length === 0) return <p className="hint">No sources yet.</p>;
  return (
    <ul className="source-list" aria-label="Sources">
      {sources.map((source) => (
        <li key={source.id}>
          <span className={`stance stance-${source.stance.toLowerCase()}`}>{STANCE_LABELS[source.stance]}</span>{" "}
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {source.title || source.url}
          </a>
          {source.publisher && <span className="meta"> · {source.publisher}</span>}
          {source.publishedOn && <span className="meta"> · published {source.publishedOn}</span>}
          {source.accessedOn && <span className="meta"> · accessed {source.accessedOn}</span>}
          {source.archiveUrl && (
            <>
              {" · "}
              <a href={source.archiveUrl} target="_blank" rel="noreferrer noopener">
                archived
              </a>
            </>
          )}
          {source.excerpt && <blockquote className="excerpt">{source.excerpt}</blockquote>}
          {onEdit && (
            <button
              type="button"
              className="link-button"
              onClick={() => onEdit(source.id)}
              aria-label={`Edit source ${source.title || source.url}`}
            >
              Edit
            </button>
          )}
          {onRemove && (
            <button
              type="button"
              className="link-button"
              onClick={() => onRemove(source.id)}
              aria-label={`Remove source ${source.title || source.url}`}
            >
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

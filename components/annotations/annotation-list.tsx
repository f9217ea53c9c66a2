import type { AnnotationView } from "@/lib/server/annotations/annotation-view";

const KIND_LABELS = { CLAIM: "Claim", QUOTE: "Quote", OPINION: "Opinion" } as const;

export function AnnotationList({ annotations, pendingCount }: { annotations: AnnotationView[]; pendingCount: number }) {
  return (
    <section>
      <h2>
        Annotations <span className="count">{annotations.length}</span>
        {pendingCount > 0 && <span className="saving"> · saving…</span>}
      </h2>
      {annotations.length === 0 ? (
        <p className="empty">Select text in the article and tag it as a claim, quote or opinion.</p>
      ) : (
        <ol className="annotation-list">
          {annotations.map((annotation) => (
            <li key={annotation.id} className={`card card-${annotation.kind.toLowerCase()}`} data-annotation-id={annotation.id}>
              <span className={`badge badge-${annotation.kind.toLowerCase()}`}>{KIND_LABELS[annotation.kind]}</span>
              <blockquote>{annotation.exact}</blockquote>
              <p className="meta">{annotation.author.name}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

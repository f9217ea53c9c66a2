/** One queue of My work: a labelled region whose heading carries the count, and words when it is empty. */
export function WorkSection(props: { id: string; title: string; count: number | null; empty: string; children: React.ReactNode }) {
  const headingId = `${props.id}-heading`;
  return (
    <section className="work-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.title}
        {props.count !== null && <span className="count-badge">{props.count}</span>}
      </h2>
      {props.count === 0 ? <p className="empty">{props.empty}</p> : props.children}
    </section>
  );
}

/** Said under a list cut at the limit, so a long queue never looks shorter than it is. */
export function MoreThanShown({ shown, count }: { shown: number; count: number }) {
  return count > shown ? (
    <p className="hint">
      Showing the first {shown} of {count}.
    </p>
  ) : null;
}

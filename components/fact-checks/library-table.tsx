import type { LibraryListEntry } from "@/lib/fact-checks/library-list";

/** The library's entries: the claim as reviewed (linked to the fact-check), its rating, who published it and when. */
export function LibraryTable({ entries }: { entries: LibraryListEntry[] }) {
  return (
    <table className="article-table library-table">
      <thead>
        <tr>
          <th scope="col">Claim reviewed</th>
          <th scope="col">Rating</th>
          <th scope="col">Publisher</th>
          <th scope="col">Published</th>
          <th scope="col">Added</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td lang={entry.language ?? undefined} dir="auto">
              {entry.url ? (
                <a href={entry.url} rel="noopener noreferrer nofollow" target="_blank">
                  {entry.claimReviewed}
                </a>
              ) : (
                entry.claimReviewed
              )}
              {entry.headline && <div className="hint">{entry.headline}</div>}
              {entry.origin === "desk" && <div className="hint">The desk&apos;s own finding</div>}
            </td>
            <td dir="auto">{entry.ratingName ?? "—"}</td>
            <td dir="auto">{entry.publisherName ?? "—"}</td>
            <td>{entry.datePublished ?? "—"}</td>
            <td>{entry.addedAt.slice(0, 10)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

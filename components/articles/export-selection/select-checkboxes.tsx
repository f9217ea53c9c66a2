"use client";

import { useEffect, useRef } from "react";
import { useExportSelection } from "./selection-context";

/** The tick box of one article row. */
export function SelectArticleCheckbox({ articleId, title }: { articleId: string; title: string }) {
  const { selected, toggle } = useExportSelection();
  return (
    <input
      type="checkbox"
      aria-label={`Select “${title}” for export`}
      checked={selected.has(articleId)}
      onChange={(event) => toggle(articleId, event.target.checked)}
    />
  );
}

/** The header's tick box: selects every article listed, or none; half-ticked when some are. */
export function SelectAllCheckbox({ articleIds }: { articleIds: readonly string[] }) {
  const { selected, setMany } = useExportSelection();
  const count = articleIds.filter((id) => selected.has(id)).length;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && count < articleIds.length;
  }, [count, articleIds.length]);
  return (
    <input
      ref={box}
      type="checkbox"
      aria-label="Select every article listed for export"
      checked={articleIds.length > 0 && count === articleIds.length}
      onChange={(event) => setMany(articleIds, event.target.checked)}
    />
  );
}

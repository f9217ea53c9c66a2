import type { HighlightedText } from "@/lib/search/types";

/** Text with the ranges the search marked, as <mark> elements: the ranges are data, the text stays text. */
export function Highlighted({ value }: { value: HighlightedText }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const range of value.highlights) {
    if (range.start > at) parts.push(value.text.slice(at, range.start));
    parts.push(<mark key={range.start}>{value.text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}

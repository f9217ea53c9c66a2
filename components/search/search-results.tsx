import Link from "next/link";
import { ARTICLE_STATUS_LABELS, KIND_LABELS, STATUS_LABELS } from "@/lib/enums";
import { SEARCH_RESULT_TYPE_LABELS, type SearchResult } from "@/lib/search/types";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import { Highlighted } from "./highlighted";

const FIELD_LABELS: Record<string, string> = {
  text: "Text",
  byline: "Byline",
  publisher: "Publisher",
  passage: "Passage",
  rationale: "Rationale",
  note: "Note",
  origin: "First appeared",
  who: "Who",
  excerpt: "Excerpt",
  address: "Address",
  claim: "Claim",
  claimant: "Claimed by",
};

const STANDING_LABELS = { CURRENT: null, REOPENED: "article reopened since", CORRECTED: "article corrected since" } as const;

/** The results, best first: what each is, its title and the hit in context with the words marked, and what it is about. */
export function SearchResults({ results }: { results: SearchResult[] }) {
  return (
    <ol className="search-results">
      {results.map((result) => (
        <li key={`${result.type}:${result.id}`} className={`search-result search-result-${result.type}`}>
          <p className="search-result-head">
            <span className="search-type">{resultLabel(result)}</span>
            {result.external ? (
              <a href={result.href} rel="noopener noreferrer" target="_blank">
                <Highlighted value={result.title} />
              </a>
            ) : (
              <Link href={result.href}>
                <Highlighted value={result.title} />
              </Link>
            )}
          </p>
          {result.snippet && (
            <p className="search-snippet">
              <span className="search-field-name">{FIELD_LABELS[result.snippet.field] ?? result.snippet.field}: </span>
              {result.snippet.clippedStart && "… "}
              <Highlighted value={result.snippet} />
              {result.snippet.clippedEnd && " …"}
            </p>
          )}
          <p className="search-meta">{details(result).join(" · ")}</p>
        </li>
      ))}
    </ol>
  );
}

function resultLabel(result: SearchResult): string {
  if (result.type === "finding" && result.kind) return KIND_LABELS[result.kind];
  if (result.type === "fact-check") return result.origin === "desk" ? "Our fact-check" : "Fact-check";
  return SEARCH_RESULT_TYPE_LABELS[result.type];
}

function details(result: SearchResult): string[] {
  const standing = result.standing ? STANDING_LABELS[result.standing] : null;
  return [
    result.verdict ? VERDICT_LABELS[result.verdict] : result.ratingName ? `Rated “${result.ratingName}”` : null,
    result.findingStatus ? STATUS_LABELS[result.findingStatus] : null,
    result.speaker ? `by ${result.speaker}` : null,
    result.type !== "article" && result.article ? `in “${result.article.title}”` : null,
    result.article && result.article.status !== "IN_PROGRESS" ? ARTICLE_STATUS_LABELS[result.article.status] : null,
    result.publisher,
    result.date,
    standing,
    result.near ? "near match" : null,
  ].filter((part): part is string => Boolean(part));
}

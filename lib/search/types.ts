import type { AnnotationKind, AnnotationStatus, ArticleStatus, VerdictRating } from "@/lib/enums";

/** What a search finds, in the order a tie between equal scores is broken. */
export const SEARCH_RESULT_TYPES = ["finding", "article", "source", "fact-check"] as const;
export type SearchResultType = (typeof SEARCH_RESULT_TYPES)[number];

export const SEARCH_RESULT_TYPE_LABELS = {
  finding: "Finding",
  article: "Article",
  source: "Source",
  "fact-check": "Fact-check",
} as const satisfies Record<SearchResultType, string>;

/** Where in a text the query's words are: UTF-16 offsets into `text`, end exclusive, sorted, never overlapping. */
export type TextRange = { start: number; end: number };
export type HighlightedText = { text: string; highlights: TextRange[] };

/** The hit in context: a window of one field, and whether text was cut before or after it. */
export type Snippet = HighlightedText & { field: string; clippedStart: boolean; clippedEnd: boolean };

/** One result of `GET /api/search` and of the /search page. */
export type SearchResult = {
  type: SearchResultType;
  id: string;
  title: HighlightedText;
  snippet: Snippet | null;
  /** The card (`/articles/<id>?annotation=<id>`), the article, or a library entry's own address. */
  href: string;
  external: boolean;
  score: number;
  /** Found by a near match (a misspelt name or title), not by the words themselves. */
  near: boolean;
  article: { id: string; title: string; status: ArticleStatus } | null;
  kind: AnnotationKind | null;
  findingStatus: AnnotationStatus | null;
  verdict: VerdictRating | null;
  /** A library entry's rating in its publisher's words. */
  ratingName: string | null;
  publisher: string | null;
  speaker: string | null;
  /** The publication date of the article, or of the fact-check (YYYY-MM-DD). */
  date: string | null;
  /** Fact-checks: imported into the library, or signed off by this desk (and whether that still stands). */
  origin: "library" | "desk" | null;
  standing: "CURRENT" | "REOPENED" | "CORRECTED" | null;
};

export type SearchPage = {
  results: SearchResult[];
  nextCursor: string | null;
  /** No row has every word: these are near matches of the words as typed. */
  near: boolean;
  /** More rows of some type match than a search ranks: only the first ones found were ranked. */
  capped: boolean;
};

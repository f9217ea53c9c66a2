/** One earlier fact-check that may answer a claim: the answer of `GET /api/fact-checks/similar`. */
export type SimilarMatch = {
  id: string;
  url: string | null;
  claimReviewed: string;
  headline: string | null;
  rating: {
    alternateName: string | null;
    ratingValue: number | null;
    bestRating: number | null;
    worstRating: number | null;
  };
  publisher: string | null;
  datePublished: string | null;
  /** Higher is closer. Comparable within one answer only. */
  score: number;
  origin: "library" | "desk";
  annotationId?: string;
  /** Why it matched: the words of `claimReviewed` (as written there) that the text shares. */
  matchedWords: string[];
};

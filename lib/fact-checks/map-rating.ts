// An earlier fact-check's rating on our verdict scale, for "Copy rating as draft verdict". Pure:
// the card proposes it and the server checks the copy against it (update-annotation.ts).
import type { VerdictRating } from "@/lib/enums";
import type { SimilarMatch } from "@/lib/fact-checks/similar-match";

export type PublishedRating = SimilarMatch["rating"];

// Our five-point line, worst first: where a position between worstRating and bestRating lands.
const LINE: readonly VerdictRating[] = ["FALSE", "MOSTLY_FALSE", "MIXED", "MOSTLY_TRUE", "TRUE"];

// Publishers' words, most specific first: "mostly false" before "false", "not true" before "true",
// "true but misleading" is misleading. Each phrase matches whole words of the folded name.
const WORDS: readonly [VerdictRating, readonly string[]][] = [
  ["FALSE", ["pants on fire"]],
  ["MOSTLY_FALSE", ["mostly false", "largely false", "mainly false", "mostly inaccurate", "mostly incorrect", "mostly wrong"]],
  ["MOSTLY_TRUE", ["mostly true", "largely true", "mainly true", "mostly accurate", "mostly correct"]],
  [
    "MIXED",
    [
      "half true",
      "half truth",
      "half right",
      "mixture",
      "mixed",
      "partly true",
      "partly false",
      "partially true",
      "partially false",
      "partly accurate",
      "partially accurate",
      "partly correct",
    ],
  ],
  [
    "MISLEADING",
    [
      "misleading",
      "missing context",
      "lacks context",
      "needs context",
      "out of context",
      "miscaptioned",
      "cherry picks",
      "exaggerated",
      "exaggeration",
      "enganoso",
      "enganosa",
      "trompeur",
      "trompeuse",
      "fuorviante",
      "irrefuhrend",
    ],
  ],
  [
    "UNVERIFIABLE",
    [
      "unproven",
      "unverified",
      "unverifiable",
      "unsubstantiated",
      "not proven",
      "no evidence",
      "insufficient evidence",
      "research in progress",
      "undetermined",
      "non verifiable",
      "sin evidencia",
      "invérifiable",
    ],
  ],
  [
    "FALSE",
    [
      "not true",
      "not correct",
      "not accurate",
      "untrue",
      "false",
      "fake",
      "incorrect",
      "inaccurate",
      "wrong",
      "fabricated",
      "hoax",
      "four pinocchios",
      "faux",
      "fausse",
      "falso",
      "falsa",
      "falsch",
    ],
  ],
  ["TRUE", ["true", "correct", "accurate", "geppetto checkmark", "vrai", "vraie", "verdadero", "verdadeiro", "vero", "wahr", "richtig"]],
];

/**
 * The rating on our scale, or null when nothing maps. The numbers decide when the publisher gives
 * all three and the value lies between worst and best: its position on their line is placed on
 * ours. Otherwise the words of `alternateName` decide. Misleading and Unverifiable have no place on
 * a true–false line, so a name that says so wins over a number (our own ClaimReview export gives
 * Misleading a 2 only because the format asks for a number).
 */
export function mapRating(rating: PublishedRating): VerdictRating | null {
  const byWords = ratingFromWords(rating.alternateName);
  if (byWords === "MISLEADING" || byWords === "UNVERIFIABLE") return byWords;
  return ratingFromNumbers(rating) ?? byWords;
}

/** The position of ratingValue between worstRating and bestRating, placed on our line; null unless all three are usable. */
export function ratingFromNumbers({ ratingValue, bestRating, worstRating }: PublishedRating): VerdictRating | null {
  if (![ratingValue, bestRating, worstRating].every((n) => typeof n === "number" && Number.isFinite(n))) return null;
  const [value, best, worst] = [ratingValue!, bestRating!, worstRating!];
  if (best === worst || value < Math.min(best, worst) || value > Math.max(best, worst)) return null;
  // Some publishers count down (best 1, worst 5): the position is measured from the worst end either way.
  const position = (value - worst) / (best - worst);
  return LINE[Math.round(position * (LINE.length - 1))]!;
}

/** The first rating whose phrase appears, as whole words, in the folded name. */
export function ratingFromWords(name: string | null): VerdictRating | null {
  if (!name) return null;
  const folded = ` ${fold(name)} `;
  for (const [rating, phrases] of WORDS) if (phrases.some((phrase) => folded.includes(` ${fold(phrase)} `))) return rating;
  return null;
}

/** Lower case, accents off, every run of non-letters one space: "Half-True!" → "half true". */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

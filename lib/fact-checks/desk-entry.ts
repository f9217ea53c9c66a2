// What a claim the desk signed off becomes in the library (a FactCheck of origin DESK): the
// ClaimReview our own export would publish for it, as columns. Pure: the sign-off's transaction
// (lib/server/fact-checks/desk-entries.ts) writes what this answers.
import { createHash } from "node:crypto";
import type { VerdictRating } from "@/lib/enums";
import { findingAnchor } from "@/lib/exports/report-model";
import { BEST_RATING, verdictInfo, WORST_RATING } from "@/lib/verdicts/scale";

export type DeskFinding = {
  id: string;
  claimText: string | null;
  exact: string;
  /** The claim's own speaker, else that of a quote around it. */
  speaker: string | null;
  rating: VerdictRating;
};

export type DeskArticle = { id: string; title: string; language: string; sourceUrl: string | null; publishedOn: Date | null };

export type DeskEntryContext = {
  article: DeskArticle;
  organisation: { name: string; url: string };
  signedOffAt: Date;
  /** The article's public report while one is published, else null. */
  publicUrl: string | null;
};

/** The columns of one desk entry. */
export function deskEntry(finding: DeskFinding, { article, organisation, signedOffAt, publicUrl }: DeskEntryContext) {
  const claimReviewed = finding.claimText?.trim() || finding.exact;
  const { label, ratingValue } = verdictInfo(finding.rating);
  return {
    origin: "DESK" as const,
    standing: "CURRENT" as const,
    annotationId: finding.id,
    articleId: article.id,
    url: deskEntryUrl(publicUrl, finding.id),
    claimReviewed,
    claimKey: claimKey(claimReviewed),
    headline: article.title,
    rating: finding.rating,
    ratingName: label,
    // As our ClaimReview export gives it: Unverifiable has a name and no place on the line.
    ratingValue,
    bestRating: ratingValue === null ? null : BEST_RATING,
    worstRating: ratingValue === null ? null : WORST_RATING,
    publisherName: organisation.name,
    publisherUrl: organisation.url,
    datePublished: utcDay(signedOffAt),
    language: article.language,
    claimAuthor: finding.speaker,
    claimDate: article.publishedOn,
    appearanceUrl: article.sourceUrl,
  };
}

/** The finding's place in the public report (the same address as its ClaimReview `url`), or null while none is published. */
export function deskEntryUrl(publicUrl: string | null, annotationId: string): string | null {
  return publicUrl ? `${publicUrl}#${findingAnchor({ id: annotationId })}` : null;
}

/** SHA-256 (hex) of the claim folded for comparison (NFKC, lower case, spaces collapsed): the library's dedupe key with the url. */
export function claimKey(claim: string): string {
  const folded = claim.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
  return createHash("sha256").update(folded, "utf8").digest("hex");
}

/** The calendar day (UTC) of a moment, as a `@db.Date` column stores it. */
function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

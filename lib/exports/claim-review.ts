// ClaimReview JSON-LD (schema.org), one per approved claim, as Google's Fact Check Explorer and
// partners ingest it. Typed with schema-dts so a misspelt property is a compile error. The check
// (claimReviewProblems) names, per claim, what Google requires or recommends and is missing.
import type { Claim, ClaimReview, Organization, Person, Rating, WithContext } from "schema-dts";
import { BEST_RATING, verdictInfo, WORST_RATING } from "@/lib/verdicts/scale";
import { approvedClaims, findingAnchor, type ReportFinding, type ReportModel } from "./report-model";

export type ClaimReviewDocument = WithContext<ClaimReview>;

/** The speaker of a claim: its own, else that of a quote whose span contains it. */
export function claimSpeaker(model: ReportModel, claim: ReportFinding): string | null {
  if (claim.speaker) return claim.speaker;
  const quote = model.findings.find((f) => f.kind === "QUOTE" && f.speaker && f.start <= claim.start && f.end >= claim.end);
  return quote?.speaker ?? null;
}

function reviewRating(claim: ReportFinding): Rating {
  const rating = claim.verdict!.rating;
  const info = verdictInfo(rating);
  // Unverifiable has no place on the true–false scale: its name alone (lib/verdicts/scale.ts).
  if (info.ratingValue === null) return { "@type": "Rating", alternateName: info.label };
  return {
    "@type": "Rating",
    alternateName: info.label,
    ratingValue: info.ratingValue,
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
  };
}

export function buildClaimReview(model: ReportModel, claim: ReportFinding): ClaimReviewDocument {
  const speaker = claimSpeaker(model, claim);
  const author: Organization = { "@type": "Organization", name: model.organisation.name, url: model.organisation.url };
  const itemReviewed: Claim = {
    "@type": "Claim",
    ...(speaker ? { author: { "@type": "Person", name: speaker } satisfies Person } : {}),
    ...(model.article.publishedOn ? { datePublished: model.article.publishedOn } : {}),
    ...(model.article.sourceUrl
      ? {
          appearance: {
            "@type": "CreativeWork",
            url: model.article.sourceUrl,
            headline: model.article.title,
            ...(model.article.publisher ? { publisher: { "@type": "Organization", name: model.article.publisher } } : {}),
          },
        }
      : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...(model.publicUrl ? { url: `${model.publicUrl}#${findingAnchor(claim)}` } : {}),
    claimReviewed: claim.claimText?.trim() || claim.exact,
    itemReviewed,
    author,
    ...(model.signOff ? { datePublished: model.signOff.at.slice(0, 10) } : {}),
    reviewRating: reviewRating(claim),
    inLanguage: model.article.language,
  };
}

export function buildClaimReviews(model: ReportModel): ClaimReviewDocument[] {
  return approvedClaims(model).map((claim) => buildClaimReview(model, claim));
}

/** The export file: a JSON array of ClaimReview documents, two-space indented, newline-terminated. */
export function renderClaimReviewJson(model: ReportModel): Buffer {
  return Buffer.from(`${JSON.stringify(buildClaimReviews(model), null, 2)}\n`, "utf8");
}

// ───────────── Google's structured-data rules for ClaimReview ─────────────

export type ClaimReviewProblem = { level: "required" | "recommended"; property: string; message: string };
export type ClaimReviewCheck = { claimId: string; claimReviewed: string; problems: ClaimReviewProblem[] };

type Json = Record<string, unknown>;
const has = (object: unknown, key: string) => {
  const value = (object as Json | undefined)?.[key];
  return value !== undefined && value !== null && value !== "";
};

/**
 * Google's documented properties: required claimReviewed, reviewRating (with alternateName) and
 * url; recommended author, datePublished, itemReviewed with appearance, author and datePublished,
 * and the rating's numbers where the scale has them.
 */
export function checkClaimReview(document: ClaimReviewDocument, options: { unrated?: boolean } = {}): ClaimReviewProblem[] {
  const problems: ClaimReviewProblem[] = [];
  const add = (level: ClaimReviewProblem["level"], property: string, message: string) => problems.push({ level, property, message });
  const d = document as unknown as Json;
  if (!has(d, "claimReviewed")) add("required", "claimReviewed", "The claim has no checkable sentence.");
  if (!has(d, "url")) add("required", "url", "The report has no public link yet: publish it to give each claim its URL.");
  const rating = d.reviewRating as Json | undefined;
  if (!rating) add("required", "reviewRating", "The claim has no verdict.");
  else {
    if (!has(rating, "alternateName")) add("required", "reviewRating.alternateName", "The verdict has no name.");
    if (!options.unrated)
      for (const key of ["ratingValue", "bestRating", "worstRating"])
        if (!has(rating, key)) add("recommended", `reviewRating.${key}`, "The verdict has no number on the scale.");
  }
  if (!has(d.author, "name")) add("recommended", "author.name", "The organisation has no name (FACTMARK_ORGANISATION_NAME).");
  if (!has(d, "datePublished")) add("recommended", "datePublished", "The article is not signed off yet.");
  const item = d.itemReviewed as Json | undefined;
  if (!item) add("recommended", "itemReviewed", "Nothing says where the claim was made.");
  else {
    if (!has(item.appearance, "url")) add("recommended", "itemReviewed.appearance", "The article has no source URL.");
    if (!has(item.author, "name"))
      add("recommended", "itemReviewed.author", "Nobody is named as having made the claim (tag it inside a quote with a speaker).");
    if (!has(item, "datePublished")) add("recommended", "itemReviewed.datePublished", "The article has no publication date.");
  }
  return problems;
}

/** The check for every claim that would be exported. */
export function claimReviewProblems(model: ReportModel): ClaimReviewCheck[] {
  return approvedClaims(model).map((claim) => {
    const document = buildClaimReview(model, claim);
    return {
      claimId: claim.id,
      claimReviewed: String(document.claimReviewed),
      problems: checkClaimReview(document, { unrated: verdictInfo(claim.verdict!.rating).ratingValue === null }),
    };
  });
}

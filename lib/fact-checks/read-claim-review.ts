import { LIBRARY_FIELDS, libraryEntrySchema, type LibraryEntry, type LibraryField } from "@/lib/validation/fact-check";
import { first, firstObject, isObject, literal, property, type JsonObject } from "./json-ld";

export type ClaimReviewReading = { ok: true; entry: LibraryEntry } | { ok: false; reason: string };

/**
 * One schema.org ClaimReview node → a library entry, or the reason (naming the field, in words a
 * person can act on) it cannot be one.
 */
export function readClaimReview(node: JsonObject): ClaimReviewReading {
  return checkLibraryFields(claimReviewFields(node));
}

/** The library's fields, each at its ClaimReview path, checked and cleaned (CSV rows come here directly). */
export function checkLibraryFields(fields: Partial<Record<LibraryField, unknown>>): ClaimReviewReading {
  // Every field present (undefined when not given): the schema checks each, the missing ones included.
  const parsed = libraryEntrySchema.safeParse(Object.fromEntries(LIBRARY_FIELDS.map((field) => [field, fields[field]])));
  if (parsed.success) return { ok: true, entry: parsed.data };
  return { ok: false, reason: parsed.error.issues[0]?.message ?? "it is not a ClaimReview the library can keep." };
}

/** The library's fields taken out of the shapes publishers give them: one value or a list, an object or a name. */
export function claimReviewFields(node: JsonObject): Partial<Record<LibraryField, unknown>> {
  const rating = firstObject(property(node, "reviewRating"));
  let ratingName = rating && (literal(property(rating, "alternateName")) ?? literal(property(rating, "name")));
  let ratingValue = rating && literal(property(rating, "ratingValue"));
  // schema.org allows a rating value in words ("Mostly false"): that is its name, not a number.
  if (typeof ratingValue === "string" && !/\d/.test(ratingValue) && ratingValue.trim()) {
    ratingName ??= ratingValue;
    ratingValue = undefined;
  }
  const author = firstObject(property(node, "author")) ?? firstObject(property(node, "publisher"));
  const authorName = author ? literal(property(author, "name")) : nameOf(property(node, "author") ?? property(node, "publisher"));
  const claim = firstObject(property(node, "itemReviewed"));
  return {
    claimReviewed: literal(property(node, "claimReviewed")),
    url: linkOf(property(node, "url")),
    headline: literal(property(node, "headline")) ?? literal(property(node, "name")),
    "reviewRating.alternateName": ratingName,
    "reviewRating.ratingValue": ratingValue,
    "reviewRating.bestRating": rating && literal(property(rating, "bestRating")),
    "reviewRating.worstRating": rating && literal(property(rating, "worstRating")),
    "author.name": authorName,
    "author.url": author ? linkOf(property(author, "url")) : undefined,
    datePublished: literal(property(node, "datePublished")),
    inLanguage: languageOf(property(node, "inLanguage")),
    "itemReviewed.author.name": claim ? nameOf(property(claim, "author")) : undefined,
    "itemReviewed.datePublished": claim ? literal(property(claim, "datePublished")) : undefined,
    "itemReviewed.appearance.url": claim ? appearanceOf(claim) : undefined,
  };
}

/** A person's or organisation's name: a plain name, or the `name` of the first one. */
function nameOf(value: unknown): unknown {
  const one = first(value);
  return isObject(one) ? literal(property(one, "name")) : one;
}

/** A link: a plain address, or the `url` (else `@id`) of a node. */
function linkOf(value: unknown): unknown {
  const one = first(value);
  if (!isObject(one)) return one;
  return literal(property(one, "url")) ?? property(one, "@id") ?? one;
}

/** Where the claim appeared: its first appearance, else its first appearance listed. */
function appearanceOf(claim: JsonObject): unknown {
  return linkOf(property(claim, "firstAppearance")) ?? linkOf(property(claim, "appearance"));
}

/** `inLanguage` as a tag: given as text, or as a Language node whose code is its alternateName or identifier. */
function languageOf(value: unknown): unknown {
  const one = first(value);
  if (!isObject(one)) return one;
  return literal(property(one, "alternateName")) ?? literal(property(one, "identifier"));
}

import { z } from "zod";
import { claimKey } from "@/lib/fact-checks/claim-key";
import { MAX_CLAIM_CHARS, MAX_HEADLINE_CHARS, MAX_NAME_CHARS, MAX_URL_CHARS } from "@/lib/fact-checks/limits";
import { toPlainText } from "@/lib/fact-checks/plain-text";
import { normaliseHttpUrl } from "@/lib/validation/url";

/**
 * The fields of a library entry, named by their ClaimReview path: the messages of a refusal name
 * them so, and they are the columns of the CSV format (README, "The fact-check library").
 */
export const LIBRARY_FIELDS = [
  "claimReviewed",
  "url",
  "headline",
  "reviewRating.alternateName",
  "reviewRating.ratingValue",
  "reviewRating.bestRating",
  "reviewRating.worstRating",
  "author.name",
  "author.url",
  "datePublished",
  "inLanguage",
  "itemReviewed.author.name",
  "itemReviewed.datePublished",
  "itemReviewed.appearance.url",
] as const;
export type LibraryField = (typeof LIBRARY_FIELDS)[number];

/** One library entry as read from a feed: FactCheck's columns, plain text, checked. */
export type LibraryEntry = z.output<typeof libraryEntrySchema>;

const EARLIEST_YEAR = 1600;
const LATEST_YEAR = 9999;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8}){0,4}$/i;
const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/** What a value is, for a message ("a list", "an object", "true"). */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `“${quoteOf(value)}”`;
  return String(value);
}

function quoteOf(value: string): string {
  const clean = toPlainText(value);
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

const text = (field: LibraryField, max: number, required = false) =>
  z.unknown().transform((value, ctx): string | null => {
    if (value === undefined || value === null || value === "") {
      if (required) ctx.addIssue({ code: "custom", message: `${field} is missing.` });
      return null;
    }
    const raw = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
    if (typeof raw !== "string") {
      ctx.addIssue({ code: "custom", message: `${field} must be text, not ${describeValue(value)}.` });
      return z.NEVER;
    }
    const clean = toPlainText(raw);
    if (!clean) {
      if (required) ctx.addIssue({ code: "custom", message: `${field} is empty once its markup and spacing are taken out.` });
      return null;
    }
    if (clean.length > max) {
      ctx.addIssue({
        code: "custom",
        message: `${field} is ${clean.length.toLocaleString("en")} characters long: at most ${max.toLocaleString("en")} are kept.`,
      });
      return z.NEVER;
    }
    return clean;
  });

const link = (field: LibraryField, required = false) =>
  z.unknown().transform((value, ctx): string | null => {
    if (value === undefined || value === null || value === "") {
      if (required)
        ctx.addIssue({ code: "custom", message: `${field} is missing: a fact-check is kept by the address it was published at.` });
      return null;
    }
    if (typeof value !== "string") {
      ctx.addIssue({ code: "custom", message: `${field} must be a web address, not ${describeValue(value)}.` });
      return z.NEVER;
    }
    if (value.trim().length > MAX_URL_CHARS) {
      ctx.addIssue({ code: "custom", message: `${field} is longer than ${MAX_URL_CHARS.toLocaleString("en")} characters.` });
      return z.NEVER;
    }
    const url = normaliseHttpUrl(value);
    if (!url.ok) {
      ctx.addIssue({ code: "custom", message: `${field} ${describeValue(value)}: ${url.message}` });
      return z.NEVER;
    }
    if (url.url.length > MAX_URL_CHARS) {
      ctx.addIssue({ code: "custom", message: `${field} is longer than ${MAX_URL_CHARS.toLocaleString("en")} characters.` });
      return z.NEVER;
    }
    return url.url;
  });

const number = (field: LibraryField) =>
  z.unknown().transform((value, ctx): number | null => {
    if (value === undefined || value === null || value === "") return null;
    const parsed = typeof value === "number" ? value : typeof value === "string" && NUMERIC.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(parsed)) {
      ctx.addIssue({ code: "custom", message: `${field} must be a number, not ${describeValue(value)}.` });
      return z.NEVER;
    }
    return parsed;
  });

/** A date or date-time as schema.org writes it; its calendar date is kept (YYYY-MM-DD). */
const date = (field: LibraryField) =>
  z.unknown().transform((value, ctx): string | null => {
    if (value === undefined || value === null || value === "") return null;
    const match = typeof value === "string" ? /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/i.exec(value) : null;
    const day = match ? `${match[1]}-${match[2]}-${match[3]}` : null;
    const year = Number(match?.[1]);
    if (!day || !isCalendarDate(day) || year < EARLIEST_YEAR || year > LATEST_YEAR) {
      ctx.addIssue({ code: "custom", message: `${field} must be a date such as 2024-05-31, not ${describeValue(value)}.` });
      return z.NEVER;
    }
    return day;
  });

function isCalendarDate(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

const language = z.unknown().transform((value, ctx): string | null => {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" || !LANGUAGE_TAG.test(value.trim())) {
    ctx.addIssue({ code: "custom", message: `inLanguage must be a language tag such as en or pt-BR, not ${describeValue(value)}.` });
    return z.NEVER;
  }
  return value.trim();
});

/**
 * One ClaimReview, its fields already taken out of whatever shape the feed gave them
 * (read-claim-review.ts), checked and cleaned into the library's columns.
 */
export const libraryEntrySchema = z
  .object({
    claimReviewed: text("claimReviewed", MAX_CLAIM_CHARS, true),
    url: link("url", true),
    headline: text("headline", MAX_HEADLINE_CHARS),
    "reviewRating.alternateName": text("reviewRating.alternateName", MAX_NAME_CHARS),
    "reviewRating.ratingValue": number("reviewRating.ratingValue"),
    "reviewRating.bestRating": number("reviewRating.bestRating"),
    "reviewRating.worstRating": number("reviewRating.worstRating"),
    "author.name": text("author.name", MAX_NAME_CHARS),
    "author.url": link("author.url"),
    datePublished: date("datePublished"),
    inLanguage: language,
    "itemReviewed.author.name": text("itemReviewed.author.name", MAX_NAME_CHARS),
    "itemReviewed.datePublished": date("itemReviewed.datePublished"),
    "itemReviewed.appearance.url": link("itemReviewed.appearance.url"),
  } satisfies Record<LibraryField, z.ZodType>)
  .transform((fields) => ({
    claimReviewed: fields.claimReviewed!,
    claimKey: claimKey(fields.claimReviewed!),
    url: fields.url!,
    headline: fields.headline,
    ratingName: fields["reviewRating.alternateName"],
    ratingValue: fields["reviewRating.ratingValue"],
    bestRating: fields["reviewRating.bestRating"],
    worstRating: fields["reviewRating.worstRating"],
    publisherName: fields["author.name"],
    publisherUrl: fields["author.url"],
    datePublished: fields.datePublished,
    language: fields.inLanguage,
    claimAuthor: fields["itemReviewed.author.name"],
    claimDate: fields["itemReviewed.datePublished"],
    appearanceUrl: fields["itemReviewed.appearance.url"],
  }));

/** The library's import route: a file streamed as the body (its name as a hint to its format), or a web address to fetch. */
export const importFactChecksRequestSchema = z
  .object({
    name: z.string().max(255, "The file name is too long (255 characters at most).").optional(),
    url: z
      .string()
      .trim()
      .min(1, "Enter the address of a fact-check page or feed.")
      .max(MAX_URL_CHARS, "The web address is too long.")
      .optional(),
  })
  .refine(({ name, url }) => !(name && url), { message: "Send a file or a web address, not both.", path: ["url"] });

/** Blank query parameters (an untouched form field) mean "no filter". */
const blankAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const FACT_CHECK_ORIGINS = ["library", "desk"] as const;

/** The library page's query: a publisher, where entries came from, and the cursor of the page to start after. */
export const factCheckListQuerySchema = z.object({
  publisher: z.preprocess(blankAsUndefined, z.string().trim().max(MAX_NAME_CHARS, "The publisher is too long.").optional()),
  origin: z.preprocess(blankAsUndefined, z.enum(FACT_CHECK_ORIGINS, { message: "Show imported entries or the desk's own." }).optional()),
  after: z.preprocess(blankAsUndefined, z.string().max(500, "That page cursor is not valid.").optional()),
});
export type FactCheckListQuery = z.output<typeof factCheckListQuerySchema>;

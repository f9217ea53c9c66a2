import { z } from "zod";
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, ARTICLE_STATUSES, VERDICT_RATINGS } from "@/lib/enums";
import { defineOperation } from "@/lib/api/v1/define-operation";
import { SEARCH_RESULT_TYPES } from "@/lib/search/types";
import { factCheckListQuerySchema, FACT_CHECK_ORIGINS } from "@/lib/validation/fact-check";
import { searchQuerySchema } from "@/lib/validation/search";
import { similarFactChecksQuerySchema } from "@/lib/validation/similar-fact-checks";

// The fact-check library and search, over the same reads as the library and search pages
// (lib/server/fact-checks/list-fact-checks.ts, find-similar.ts, lib/server/search/search-everything.ts):
// what a user may not read (a draft article's findings, for instance) is not found here either.

const origin = z.enum(FACT_CHECK_ORIGINS);
const day = z.string().meta({ description: "YYYY-MM-DD" });

export const libraryEntrySchema = z
  .object({
    id: z.string(),
    origin,
    url: z.string().nullable(),
    claimReviewed: z.string(),
    headline: z.string().nullable(),
    ratingName: z.string().nullable().meta({ description: "The rating in its publisher's words." }),
    publisherName: z.string().nullable(),
    datePublished: day.nullable(),
    language: z.string().nullable(),
    addedAt: z.iso.datetime().meta({ description: "When the entry joined the library." }),
  })
  .meta({ id: "LibraryEntry" });

export const libraryPageSchema = z
  .object({
    entries: z.array(libraryEntrySchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `after` for the next page; null on the last." }),
  })
  .meta({ id: "LibraryPage" });

export const similarMatchSchema = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    claimReviewed: z.string(),
    headline: z.string().nullable(),
    rating: z.object({
      alternateName: z.string().nullable(),
      ratingValue: z.number().nullable(),
      bestRating: z.number().nullable(),
      worstRating: z.number().nullable(),
    }),
    publisher: z.string().nullable(),
    datePublished: day.nullable(),
    score: z.number().meta({ description: "Higher is closer; comparable within one answer only." }),
    origin,
    annotationId: z.string().optional().meta({ description: "A desk entry's finding." }),
    matchedWords: z.array(z.string()).meta({ description: "The words of `claimReviewed` the text shares." }),
  })
  .meta({ id: "SimilarFactCheck" });

const range = z.object({ start: z.int(), end: z.int() });
const highlighted = { text: z.string(), highlights: z.array(range).meta({ description: "UTF-16 offsets into `text`, end exclusive." }) };

export const searchResultSchema = z
  .object({
    type: z.enum(SEARCH_RESULT_TYPES),
    id: z.string(),
    title: z.object(highlighted),
    snippet: z.object({ ...highlighted, field: z.string(), clippedStart: z.boolean(), clippedEnd: z.boolean() }).nullable(),
    href: z.string(),
    external: z.boolean(),
    score: z.number(),
    near: z.boolean().meta({ description: "Found by a near match (a misspelt name or title)." }),
    article: z.object({ id: z.string(), title: z.string(), status: z.enum(ARTICLE_STATUSES) }).nullable(),
    kind: z.enum(ANNOTATION_KINDS).nullable(),
    findingStatus: z.enum(ANNOTATION_STATUSES).nullable(),
    verdict: z.enum(VERDICT_RATINGS).nullable(),
    ratingName: z.string().nullable(),
    publisher: z.string().nullable(),
    speaker: z.string().nullable(),
    date: day.nullable(),
    origin: origin.nullable(),
    standing: z.enum(["CURRENT", "REOPENED", "CORRECTED"]).nullable(),
  })
  .meta({ id: "SearchResult" });

export const searchPageSchema = z
  .object({
    results: z.array(searchResultSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `after` for the next page; null on the last." }),
    near: z.boolean().meta({ description: "No row has every word: these are near matches." }),
    capped: z.boolean().meta({ description: "More rows matched than a search ranks: only the first found were ranked." }),
  })
  .meta({ id: "SearchPage" });

export const listFactChecks = defineOperation({
  operationId: "listFactChecks",
  method: "get",
  path: "/fact-checks",
  scope: "read",
  tag: "Library",
  summary: "The fact-check library, newest first",
  description: "Editors and admins, as the library page (403 otherwise). 50 entries a page; `after` is the page cursor.",
  query: factCheckListQuerySchema,
  responses: { 200: { description: "A page of the library.", schema: libraryPageSchema } },
  problems: [403, 422],
});

export const findSimilarFactChecks = defineOperation({
  operationId: "findSimilarFactChecks",
  method: "get",
  path: "/fact-checks/similar",
  scope: "read",
  tag: "Library",
  summary: "Earlier fact-checks closest to a text, best first",
  description: "What a claim card's “Checked before” shows. Desk entries come only from articles the user may read.",
  query: similarFactChecksQuerySchema,
  responses: {
    200: { description: "The matches.", schema: z.object({ matches: z.array(similarMatchSchema) }).meta({ id: "SimilarFactChecks" }) },
  },
  problems: [403, 422],
});

export const search = defineOperation({
  operationId: "search",
  method: "get",
  path: "/search",
  scope: "read",
  tag: "Library",
  summary: "Search articles, findings, sources and fact-checks",
  description: "Everything the user may read, best first, 20 a page; the filters as on the search page.",
  query: searchQuerySchema,
  responses: { 200: { description: "A page of results.", schema: searchPageSchema } },
  problems: [403, 422],
});

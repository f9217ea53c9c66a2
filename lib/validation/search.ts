import { z } from "zod";
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, ARTICLE_STATUSES, VERDICT_RATINGS } from "@/lib/enums";
import { MAX_SEARCH_TERMS, parseSearchQuery, searchQueryProblem } from "@/lib/search/parse-query";
import { SEARCH_RESULT_TYPES } from "@/lib/search/types";
import { optionalDate, optionalText } from "@/lib/validation/fields";

export const MAX_SEARCH_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;

/** Blank query parameters (an untouched form field) mean "no filter". */
const blankAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const choice = <Value extends string>(values: readonly Value[], message: string) =>
  z.preprocess(blankAsUndefined, z.enum(values as [Value, ...Value[]], { message }).optional());

/**
 * The search's query string (the /search page's form and GET /api/search): what to look for, the
 * filters, and the cursor of the page to start after. Values arrive as strings from a URL.
 */
export const searchQuerySchema = z
  .object({
    q: z
      .string({ message: "Type what to search for." })
      .trim()
      .min(1, "Type what to search for.")
      .max(MAX_SEARCH_LENGTH, `A search can be at most ${MAX_SEARCH_LENGTH} characters.`)
      .superRefine((value, ctx) => {
        const problem = searchQueryProblem(parseSearchQuery(value));
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    type: choice(SEARCH_RESULT_TYPES, "Choose what to search among: articles, findings, sources or fact-checks."),
    kind: choice(ANNOTATION_KINDS, "Choose a kind from the list: claim, quote or opinion."),
    verdict: choice(VERDICT_RATINGS, "Choose a verdict from the list."),
    status: choice(ARTICLE_STATUSES, "Choose an article status from the list."),
    review: choice(ANNOTATION_STATUSES, "Choose a review status from the list."),
    publisher: optionalText(200, "The publisher"),
    speaker: optionalText(200, "The speaker"),
    from: optionalDate("The first date must be a date (YYYY-MM-DD)."),
    to: optionalDate("The last date must be a date (YYYY-MM-DD)."),
    after: z.preprocess(blankAsUndefined, z.string().max(400, "That page link is not valid: start again from the first page.").optional()),
  })
  .refine(({ from, to }) => !from || !to || from <= to, { message: "The first date must not be after the last.", path: ["to"] });

export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchFilters = Omit<SearchQuery, "q" | "after">;

export { MAX_SEARCH_TERMS };

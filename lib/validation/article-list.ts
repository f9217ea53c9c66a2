import { z } from "zod";
import { ARTICLE_STATUSES } from "@/lib/enums";
import { optionalDate, optionalText, recordId } from "@/lib/validation/fields";

export const ARTICLE_SORTS = ["newest", "oldest", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export const ARTICLE_SORT_LABELS: Record<ArticleSort, string> = {
  newest: "Last imported first",
  oldest: "First imported first",
  title: "Title A–Z",
};

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Blank query parameters (an untouched form field) mean "no filter". */
const blankAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/**
 * The article list's query (the home page's search params and GET /api/articles): filters, a sort,
 * and the cursor of the page to start after. Values arrive as strings from a URL.
 */
export const articleListQuerySchema = z
  .object({
    status: z.preprocess(blankAsUndefined, z.enum(ARTICLE_STATUSES, { message: "Choose a status from the list." }).optional()),
    publisher: optionalText(200, "The publisher"),
    assignee: z.preprocess(blankAsUndefined, recordId.optional()),
    from: optionalDate("The first date must be a date (YYYY-MM-DD)."),
    to: optionalDate("The last date must be a date (YYYY-MM-DD)."),
    sort: z.preprocess(blankAsUndefined, z.enum(ARTICLE_SORTS, { message: "Sort by newest, oldest or title." }).default("newest")),
    after: z.preprocess(blankAsUndefined, z.string().max(500, "That page cursor is not valid.").optional()),
    limit: z.preprocess(
      blankAsUndefined,
      z.coerce
        .number({ message: "The page size must be a number." })
        .int("The page size must be a whole number.")
        .min(1, "The page size must be at least 1.")
        .max(MAX_PAGE_SIZE, `A page holds at most ${MAX_PAGE_SIZE} articles.`)
        .default(DEFAULT_PAGE_SIZE),
    ),
  })
  .refine(({ from, to }) => !from || !to || from <= to, { message: "The first date must not be after the last.", path: ["to"] });

export type ArticleListQuery = z.output<typeof articleListQuerySchema>;

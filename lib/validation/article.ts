import { z } from "zod";
import { optionalDate, optionalText, recordId } from "@/lib/validation/fields";
import { optionalHttpUrlSchema } from "@/lib/validation/url";

/** Metadata typed on the import form or passed to the CLI; the text itself is checked by lib/import. */
export const articleMetadataSchema = z.object({
  title: optionalText(300, "The title"),
  byline: optionalText(200, "The byline"),
  publisher: optionalText(200, "The publisher"),
  sourceUrl: optionalHttpUrlSchema,
  canonicalUrl: optionalHttpUrlSchema,
  publishedOn: optionalDate("Enter the date as YYYY-MM-DD."),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en or en-GB.")
    .default("en"),
});
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

/** Editing an imported article's details: the same fields, but the title is required. */
export const articleDetailsSchema = articleMetadataSchema.extend({
  title: z.string().trim().min(1, "Enter a title.").max(300, "The title can be at most 300 characters."),
});
export type ArticleDetails = z.infer<typeof articleDetailsSchema>;

/** The address typed on the import form's "From a web address" tab. */
export const webImportSchema = z.object({
  url: z.string().trim().min(1, "Enter the page's address.").max(2000, "The address can be at most 2,000 characters."),
});
export type WebImportInput = z.infer<typeof webImportSchema>;

/** The import form's tabs; anything else is read as pasted text, the form's first tab. */
export const IMPORT_MODES = ["paste", "file", "url"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** The import form: its tab, the metadata typed, and for "From a web address" the page fetched in step one. */
export const importArticleSchema = z.object({
  mode: z.enum(IMPORT_MODES).catch("paste"),
  metadata: articleMetadataSchema,
  snapshotId: z
    .string()
    .refine((id) => recordId.safeParse(id).success, "Fetch the page again.")
    .optional(),
});
export type ImportArticleInput = z.infer<typeof importArticleSchema>;

export const updateArticleDetailsSchema = z.object({ articleId: recordId, details: articleDetailsSchema });

export const checkArticleUpstreamSchema = z.object({ articleId: recordId });

/** A language code with no default: left out, the API keeps what is there (or takes the page's own). */
const languageCode = articleMetadataSchema.shape.language.unwrap();

/**
 * POST /api/v1/articles from text: the text as pasted on the import form, with its details. The
 * text itself is checked by lib/import (size, emptiness, encoding) like a pasted one.
 */
export const createArticleFromTextSchema = articleMetadataSchema
  .extend({
    text: z
      .string({ message: "Send the article's text." })
      .refine((text) => text.trim() !== "", "The article's text is empty.")
      .meta({ description: "The article's text, as plain text." }),
  })
  .strict()
  .meta({ id: "ArticleFromText" });

/**
 * POST /api/v1/articles from a web address: the page is fetched (SSRF-guarded) and its article
 * extracted as the import form's "From a web address" does. Details given here win over what the
 * page says of itself; a language left out is the page's own.
 */
export const createArticleFromUrlSchema = articleMetadataSchema
  .extend({ url: webImportSchema.shape.url.meta({ description: "The page's address, to fetch." }), language: languageCode.optional() })
  .strict()
  .meta({ id: "ArticleFromUrl" });

/**
 * Either body, told apart by the key it carries (`text` or `url`; both objects refuse unknown keys).
 * A plain union reports a field's message only when every other variant failed on a softer issue,
 * so a bad URL in a text body would come back as "send text or url": the variant the key chose is
 * parsed first, and its own field messages are the answer.
 */
export const createArticleSchema = z.preprocess(
  (raw, ctx) => {
    const hasText = isRecord(raw) && "text" in raw;
    const hasUrl = isRecord(raw) && "url" in raw;
    // Neither or both: the union's own refusal says what to send.
    const chosen = hasText === hasUrl ? null : hasUrl ? createArticleFromUrlSchema : createArticleFromTextSchema;
    for (const issue of chosen?.safeParse(raw).error?.issues ?? []) ctx.addIssue({ ...issue });
    return raw;
  },
  z.union([createArticleFromTextSchema, createArticleFromUrlSchema], {
    error: "Send the article's text (text), or the address of its page (url).",
  }),
);
export type CreateArticleInput = z.output<typeof createArticleSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * PATCH /api/v1/articles/{id}: the details to change, each one left out kept as it is; null or ""
 * clears an optional one. The canonical URL is the page's own and not edited on the form either.
 */
export const articleDetailsPatchSchema = articleDetailsSchema
  .omit({ canonicalUrl: true })
  .extend({ language: languageCode })
  .partial()
  .strict()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: "Send at least one detail to change." })
  .meta({ id: "ArticleDetailsPatch" });
export type ArticleDetailsPatch = z.output<typeof articleDetailsPatchSchema>;

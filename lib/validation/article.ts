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

import { z } from "zod";
import { optionalDate, optionalText } from "@/lib/validation/fields";
import { httpUrlSchema } from "@/lib/validation/url";


/** Metadata typed on the import form or passed to the CLI; the text itself is checked by lib/import. */
export const articleMetadataSchema = z.object({
  title: optionalText(300, "The title"),
  byline: optionalText(200, "The byline"),
  publisher: optionalText(200, "The publisher"),
  sourceUrl: z.union([z.literal("").transform(() => null), httpUrlSchema]).nullish(),
  publishedOn: optionalDate("Enter the date as YYYY-MM-DD."),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en or en-GB.")
    .default("en"),
});
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

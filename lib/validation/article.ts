import { z } from "zod";
import { httpUrlSchema } from "@/lib/validation/url";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((value) => value || null)
    .nullish();

/** Metadata typed on the import form or passed to the CLI; the text itself is checked by lib/import. */
export const articleMetadataSchema = z.object({
  title: optionalText(300, "The title"),
  byline: optionalText(200, "The byline"),
  publisher: optionalText(200, "The publisher"),
  sourceUrl: z.union([z.literal("").transform(() => null), httpUrlSchema]).nullish(),
  publishedOn: z
    .union([z.literal("").transform(() => null), z.iso.date("Enter the date as YYYY-MM-DD.")])
    .nullish(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en or en-GB.")
    .default("en"),
});
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

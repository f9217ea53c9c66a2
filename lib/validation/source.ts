import { z } from "zod";
import { SOURCE_STANCES } from "@/lib/enums";
import { optionalDate, optionalText, recordId, recordVersion } from "@/lib/validation/fields";
import { httpUrlSchema, optionalHttpUrlSchema } from "@/lib/validation/url";

export const sourceFieldsSchema = z.object({
  url: httpUrlSchema,
  title: optionalText(300, "The title"),
  publisher: optionalText(200, "The publisher"),
  accessedOn: optionalDate("Enter the date accessed as YYYY-MM-DD.").refine(
    (value) => !value || value <= new Date().toISOString().slice(0, 10),
    "The date accessed cannot be in the future.",
  ),
  /** When the source itself was published (an earlier fact-check's date, say). */
  publishedOn: optionalDate("Enter the date published as YYYY-MM-DD."),
  archiveUrl: optionalHttpUrlSchema,
  excerpt: optionalText(2000, "The excerpt"),
  stance: z.enum(SOURCE_STANCES, { message: "Choose supports, contradicts, context or earlier fact-check." }).default("CONTEXT"),
});
export type SourceFields = z.infer<typeof sourceFieldsSchema>;

export const addSourceSchema = z.object({
  annotationId: recordId,
  /**
   * Adding a source changes the annotation, so it claims a version like any change; a new source
   * touches nothing anyone else changed, so on an older version it is added to the current one.
   */
  version: recordVersion,
  source: sourceFieldsSchema,
});

/**
 * The source as the editor saw it at `version`. With it, a change made on an older version still
 * lands when nobody changed or removed that source since (lib/annotations/source-merge.ts);
 * without it, a change on an older version is refused.
 */
const sourceBase = sourceFieldsSchema.optional();

export const removeSourceSchema = z.object({
  annotationId: recordId,
  version: recordVersion,
  sourceId: recordId,
  base: sourceBase,
});

/** A source's fields replaced; like adding one, it moves the annotation's version on. */
export const updateSourceSchema = z.object({
  annotationId: recordId,
  version: recordVersion,
  sourceId: recordId,
  source: sourceFieldsSchema,
  base: sourceBase,
});

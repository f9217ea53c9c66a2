import { z } from "zod";
import { SOURCE_STANCES } from "@/lib/enums";
import { optionalDate, optionalText, recordId, recordVersion } from "@/lib/validation/fields";
import { httpUrlSchema } from "@/lib/validation/url";

export const sourceFieldsSchema = z.object({
  url: httpUrlSchema,
  title: optionalText(300, "The title"),
  publisher: optionalText(200, "The publisher"),
  accessedOn: optionalDate("Enter the date accessed as YYYY-MM-DD.").refine(
    (value) => !value || value <= new Date().toISOString().slice(0, 10),
    "The date accessed cannot be in the future.",
  ),
  archiveUrl: z.union([z.literal("").transform(() => null), httpUrlSchema]).nullish(),
  excerpt: optionalText(2000, "The excerpt"),
  stance: z.enum(SOURCE_STANCES, { message: "Choose supports, contradicts or context." }).default("CONTEXT"),
});
export type SourceFields = z.infer<typeof sourceFieldsSchema>;

export const addSourceSchema = z.object({
  annotationId: recordId,
  /** Adding a source changes the annotation, so it goes through the same version check. */
  version: recordVersion,
  source: sourceFieldsSchema,
});

export const removeSourceSchema = z.object({
  annotationId: recordId,
  version: recordVersion,
  sourceId: recordId,
});

/** A source's fields replaced; like adding one, it moves the annotation's version on. */
export const updateSourceSchema = z.object({
  annotationId: recordId,
  version: recordVersion,
  sourceId: recordId,
  source: sourceFieldsSchema,
});

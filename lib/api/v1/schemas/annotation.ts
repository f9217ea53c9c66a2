import { z } from "zod";
import { sourceSchema } from "@/lib/api/v1/schemas/sources";
import { CARD_FIELDS, COLUMN_FIELDS, type ColumnField } from "@/lib/annotations/card-fields";
import type { AnnotationView } from "@/lib/annotations/types";
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, ReviewOutcome, VERDICT_RATINGS } from "@/lib/enums";

// The annotation as the API answers it: the card's view (lib/annotations/types.ts, built by
// lib/server/annotations/annotation-view.ts), the same object the browser gets, conflicts included.
// Response schemas are plain (no transforms), so the document shows them as they are sent.

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.string(), name: z.string() });

/** Tiptap JSON, as stored after the request schema (lib/validation/rich-text.ts) accepted it. */
const richTextDocument = z
  .object({ type: z.literal("doc"), content: z.array(z.looseObject({ type: z.string() })) })
  .meta({ id: "RichText", description: "Tiptap JSON: paragraphs, lists and hard breaks; text with bold, italic and http(s) links." });

const verdictSchema = z
  .object({
    rating: z.enum(VERDICT_RATINGS),
    rationale: richTextDocument.nullable(),
    copiedFrom: z
      .object({ factCheckId: z.string(), publisher: z.string().nullable(), ratingName: z.string().nullable() })
      .optional()
      .describe("Present while the rating is a draft copied from this earlier fact-check."),
  })
  .meta({ id: "Verdict" });

export const reviewSchema = z
  .object({
    id: z.string(),
    outcome: z.enum(Object.values(ReviewOutcome)),
    reason: z.string().nullable(),
    version: z.int().describe("The annotation version that was reviewed."),
    reviewer: person,
    at: timestamp,
  })
  .meta({ id: "Review" });

/** The card's column fields, from the registry: a field added there is in the document too. */
const cardColumns = Object.fromEntries(
  COLUMN_FIELDS.map((field) => {
    const spec = CARD_FIELDS[field];
    const schema = spec.type === "text" ? z.string() : z.enum(spec.values);
    return [field, schema.nullable().describe(spec.label)];
  }),
) as unknown as { [F in ColumnField]: z.ZodNullable<z.ZodType<NonNullable<AnnotationView[F]>>> };

export const annotationSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    kind: z.enum(ANNOTATION_KINDS),
    status: z.enum(ANNOTATION_STATUSES),
    start: z.int().min(0).describe("Offset in the article's text, in UTF-16 code units."),
    end: z.int().min(1).describe("Offset just after the span, in UTF-16 code units."),
    exact: z.string().describe("The quoted text."),
    prefix: z.string(),
    suffix: z.string(),
    articleRevision: z.int(),
    orphanedAt: timestamp.nullable().describe("Set while a correction left the quote nowhere in the text."),
    ...cardColumns,
    version: z.int().min(1).describe("Send it back with a change: a change on an older version is refused (409) or merged."),
    createdAt: timestamp,
    updatedAt: timestamp,
    author: person,
    lastEditedById: z.string().nullable(),
    verdict: verdictSchema.nullable(),
    sources: z.array(sourceSchema),
    restsOnIds: z.array(z.string()).describe("An opinion's claims."),
    reviews: z.array(reviewSchema).describe("Oldest first."),
  })
  .meta({ id: "Annotation", description: "An annotation as its card shows it." });

// What the server sends must be what the document describes: a view field this schema lacks or
// types otherwise fails the build. (The other way round only the rationale differs: the document
// describes Tiptap JSON more loosely than the request schema that checked it.)
type Described<View, Schema extends z.ZodType> =
  View extends z.output<Schema> ? (z.output<Schema> extends Omit<View, "verdict"> ? true : never) : never;
const isViewDescribed: Described<AnnotationView, typeof annotationSchema> = true;
void isViewDescribed;

export const annotationListSchema = z
  .object({ annotations: z.array(annotationSchema).describe("In text order.") })
  .meta({ id: "AnnotationList" });

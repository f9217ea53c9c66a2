import { z } from "zod";
import { CARD_FIELDS, COLUMN_FIELDS, type ColumnField } from "@/lib/annotations/card-fields";
import { ANNOTATION_KINDS, VERDICT_RATINGS } from "@/lib/enums";
import { recordId, recordVersion, typedText } from "@/lib/validation/fields";
import { richTextSchema } from "@/lib/validation/rich-text";
import { textPositionSelectorSchema, textQuoteSelectorSchema } from "@/lib/validation/web-annotation";

export const MAX_SPAN_LENGTH = 10_000;

export const createAnnotationSchema = z
  .object({
    articleId: recordId,
    /** The article revision the browser selected on; a correction in between refuses the save. */
    articleRevision: recordVersion,
    kind: z.enum(ANNOTATION_KINDS, { message: "Kind must be claim, quote or opinion." }),
    start: z.number({ message: "start must be a number." }).int("start must be a whole number.").min(0, "start cannot be negative."),
    end: z.number({ message: "end must be a number." }).int("end must be a whole number.").min(1, "end must be positive."),
    exact: z
      .string()
      .min(1, "The selected text is empty.")
      .max(MAX_SPAN_LENGTH, `A span can be at most ${MAX_SPAN_LENGTH.toLocaleString("en")} characters.`),
    /** Lets a retried submission return the first result instead of saving twice. */
    clientRequestId: z.string().uuid().optional(),
  })
  .refine((value) => value.start < value.end, { message: "The span is empty or reversed: start must be before end.", path: ["end"] });
export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;

type ColumnSchema<F extends ColumnField> = (typeof CARD_FIELDS)[F] extends { values: readonly (infer V extends string)[] }
  ? z.ZodNullable<z.ZodEnum<{ [K in V]: K }>>
  : ReturnType<typeof typedText>;

/** The card's column fields (lib/annotations/card-fields.ts), in the columns' order. */
const columnSchemas = Object.fromEntries(
  COLUMN_FIELDS.map((field) => {
    const spec = CARD_FIELDS[field];
    return [
      field,
      spec.type === "text" ? typedText(spec.maxLength, spec.subject) : z.enum(spec.values, { message: spec.message }).nullable(),
    ];
  }),
) as { [F in ColumnField]: ColumnSchema<F> };

/** The fields a reviewer edits on a card; each is optional so autosave sends only what changed. Text is kept as typed (typedText). */
const patchFields = z
  .object({
    ...columnSchemas,
    /** Two fields to the merge, as on screen: a part left out stays as stored (null clears the rationale). */
    verdict: z
      .object({
        rating: z.enum(VERDICT_RATINGS, { message: "Choose a verdict from the scale." }).optional(),
        rationale: richTextSchema.nullable().optional(),
        /** The rating is a draft copied from this earlier fact-check; a rating given without it was set by hand. */
        copiedFromFactCheckId: recordId.optional(),
      })
      .refine((verdict) => verdict.rating !== undefined || verdict.rationale !== undefined, {
        message: "Give the verdict's rating or its rationale (or null to remove the verdict).",
      })
      .refine((verdict) => verdict.copiedFromFactCheckId === undefined || verdict.rating !== undefined, {
        message: "A rating copied from a fact-check needs the rating itself.",
        path: ["copiedFromFactCheckId"],
      })
      .nullable(),
    restsOnIds: z.array(recordId).max(CARD_FIELDS.restsOnIds.maxItems, CARD_FIELDS.restsOnIds.tooMany),
  })
  .partial();
export const annotationPatchSchema = patchFields.refine((patch) => Object.keys(patch).length > 0, { message: "Nothing to save." });
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;

/** An edit of a card, whichever transport carries it (a server action names the annotation in the body, the API in its path). */
const annotationEdit = {
  /** The version the editor started from. */
  version: recordVersion,
  patch: annotationPatchSchema,
  /**
   * The values the changed fields had at `version`. With it, a save on an older version is
   * merged when nobody else changed those fields since (lib/annotations/field-merge.ts);
   * without it, a save on an older version is refused.
   */
  base: patchFields.optional(),
};

const baseCoversPatch = ({ patch, base }: { patch: AnnotationPatch; base?: z.infer<typeof patchFields> }) =>
  !base || Object.keys(patch).every((field) => field in base);
const baseCoversPatchRefusal = { message: "The base must give the starting value of every field the save changes.", path: ["base"] };

/** The API's PATCH body: the annotation is the one its path names. */
export const annotationEditSchema = z.object(annotationEdit).refine(baseCoversPatch, baseCoversPatchRefusal);

export const updateAnnotationSchema = z
  .object({ annotationId: recordId, ...annotationEdit })
  .refine(baseCoversPatch, baseCoversPatchRefusal);
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;

export const annotationRefSchema = z.object({ annotationId: recordId, version: recordVersion });

export const annotationIdSchema = z.object({ annotationId: recordId });

const selectorSchema = z.discriminatedUnion("type", [textQuoteSelectorSchema, textPositionSelectorSchema], {
  error: "A selector is a TextQuoteSelector or a TextPositionSelector.",
});
export type TargetSelector = z.infer<typeof selectorSchema>;

const createFields = createAnnotationSchema.shape;

/**
 * A new annotation as the API takes it: placed EITHER by offsets in the article's current text
 * (UTF-16 code units, as the app keeps them) with the quote they must hold, OR by W3C Web
 * Annotation selectors (a TextQuoteSelector, a TextPositionSelector counting code points, or
 * both). The quote is checked against the text as it is now, so a correction made since the
 * client read it refuses the create rather than misplacing it. One flat object rather than a
 * union, so a refusal names the field at fault.
 */
export const newAnnotationSchema = z
  .object({
    kind: createFields.kind,
    start: createFields.start.optional(),
    end: createFields.end.optional(),
    /** The text at start–end, checked against the article. */
    quote: createFields.exact.optional(),
    selector: z.union([selectorSchema, z.array(selectorSchema).min(1, "Give at least one selector.").max(2)]).optional(),
    clientRequestId: createFields.clientRequestId,
    /** The card's fields, saved with it. */
    fields: annotationPatchSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const hasOffsets = value.start !== undefined || value.end !== undefined || value.quote !== undefined;
    if (hasOffsets === (value.selector !== undefined)) {
      const message = hasOffsets
        ? "Place the annotation by start, end and quote, or by selector, not both."
        : "Place the annotation by start, end and quote, or by selector.";
      ctx.addIssue({ code: "custom", message, path: ["selector"] });
      return;
    }
    if (hasOffsets) {
      for (const field of ["start", "end", "quote"] as const)
        if (value[field] === undefined) ctx.addIssue({ code: "custom", message: `Give ${field} with the other offsets.`, path: [field] });
      if (value.start !== undefined && value.end !== undefined && value.start >= value.end)
        ctx.addIssue({ code: "custom", message: "The span is empty or reversed: start must be before end.", path: ["end"] });
    }
    const selectors = Array.isArray(value.selector) ? value.selector : [];
    if (selectors.length === 2 && selectors[0]!.type === selectors[1]!.type)
      ctx.addIssue({ code: "custom", message: "Give at most one selector of each type.", path: ["selector"] });
  });
export type NewAnnotationInput = z.infer<typeof newAnnotationSchema>;

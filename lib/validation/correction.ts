import { z } from "zod";
import { recordId, recordVersion } from "@/lib/validation/fields";
import { textSizeProblem } from "@/lib/import/byte-size";
import { MAX_SPAN_LENGTH } from "@/lib/validation/annotation";

export const correctArticleSchema = z.object({
  articleId: recordId,
  /** The revision the editor corrected: a correction on top of someone else's is refused. */
  revision: recordVersion,
  text: z
    .string()
    .min(1, "The corrected text is empty.")
    .superRefine((text, ctx) => {
      const tooLarge = textSizeProblem("text", text);
      if (tooLarge) ctx.addIssue({ code: "custom", message: tooLarge });
    }),
});
export type CorrectArticleInput = z.infer<typeof correctArticleSchema>;

export const reattachAnnotationSchema = z.object({
  annotationId: recordId,
  version: recordVersion,
  articleRevision: recordVersion,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(MAX_SPAN_LENGTH),
});

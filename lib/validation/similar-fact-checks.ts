import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

export const SIMILAR_TEXT_MIN = 3;
export const SIMILAR_TEXT_MAX = 5_000;
export const SIMILAR_LIMIT_DEFAULT = 5;
export const SIMILAR_LIMIT_MAX = 20;

/** Blank query parameters (`&limit=`) mean "not given". */
const blankAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** `GET /api/fact-checks/similar`'s query: the text to compare, how many matches, and a finding to leave out (the card's own). */
export const similarFactChecksQuerySchema = z.object({
  text: z
    .string({ message: "Give the text to compare (text=…)." })
    .trim()
    .min(SIMILAR_TEXT_MIN, `The text to compare must be at least ${SIMILAR_TEXT_MIN} characters.`)
    .max(SIMILAR_TEXT_MAX, `The text to compare can be at most ${SIMILAR_TEXT_MAX.toLocaleString("en")} characters.`),
  limit: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ message: "The limit must be a number." })
      .int("The limit must be a whole number.")
      .min(1, "The limit must be at least 1.")
      .max(SIMILAR_LIMIT_MAX, `The limit can be at most ${SIMILAR_LIMIT_MAX}.`)
      .default(SIMILAR_LIMIT_DEFAULT),
  ),
  excludeAnnotationId: z.preprocess(blankAsUndefined, recordId.optional()),
});

export type SimilarFactChecksQuery = z.output<typeof similarFactChecksQuerySchema>;

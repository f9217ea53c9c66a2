import { z } from "zod";

/** A trimmed free-text field; blank means "not given" and is stored as null. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max.toLocaleString("en")} characters.`)
    .transform((value) => value || null)
    .nullish();

/**
 * A free-text field saved while it is being typed (a card's autosave). Never trimmed: a save sent
 * during a pause after a space is not the final value, and the browser shows what the server
 * stored, so trimming it would eat the space under the caret ("hello " + "world" → "helloworld").
 * Empty means "not given" and is stored as null.
 */
export const typedText = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} can be at most ${max.toLocaleString("en")} characters.`)
    .transform((value) => value || null)
    .nullish();

// Years a news article or a source could carry. Outside them a date is a typo (0000-01-01), and
// some (year 0) cannot be stored at all.
const EARLIEST_YEAR = 1600;
const LATEST_YEAR = 9999;

/** A YYYY-MM-DD date from a date input; blank means "not given". */
export const optionalDate = (message: string) =>
  z
    .union([
      z.literal("").transform(() => null),
      z.iso.date(message).refine((date) => Number(date.slice(0, 4)) >= EARLIEST_YEAR && Number(date.slice(0, 4)) <= LATEST_YEAR, {
        message: `Enter a date from the year ${EARLIEST_YEAR} on.`,
      }),
    ])
    .nullish();

/** A record's id as the server hands it out (a cuid): never free text. */
export const recordId = z
  .string({ message: "An id must be text." })
  .min(1, "An id is missing.")
  .max(40, "An id is at most 40 characters.")
  .regex(/^[A-Za-z0-9_-]+$/, "That is not a valid id.");

/** PostgreSQL's int4 holds versions; anything larger is not a version the server handed out. */
export const MAX_VERSION = 2_147_483_647;
export const recordVersion = z
  .number({ message: "The version must be a number." })
  .int("The version must be a whole number.")
  .positive("The version must be 1 or more.")
  .max(MAX_VERSION, "That is not a version of this record.");

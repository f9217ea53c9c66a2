import { z } from "zod";

/** A trimmed free-text field; blank means "not given" and is stored as null. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max.toLocaleString("en")} characters.`)
    .transform((value) => value || null)
    .nullish();

/** A YYYY-MM-DD date from a date input; blank means "not given". */
export const optionalDate = (message: string) => z.union([z.literal("").transform(() => null), z.iso.date(message)]).nullish();

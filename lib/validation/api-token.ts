import { z } from "zod";
import { API_SCOPES } from "@/lib/enums";
import { scopeFromName } from "@/lib/auth/api-scopes";
import { recordId } from "@/lib/validation/fields";

/** The expiries the settings page offers; the CLI takes any number of days up to a year (or none). */
export const TOKEN_EXPIRY_DAYS = [7, 30, 90] as const;
export const MAX_TOKEN_EXPIRY_DAYS = 366;

const name = z.string().trim().min(1, "Give the token a name.").max(100, "A token's name can be at most 100 characters.");

const scopes = z
  .array(z.enum(API_SCOPES, { message: "Scopes are read, annotate, review, export and admin." }))
  .min(1, "Choose at least one scope.")
  .max(API_SCOPES.length)
  .transform((list) => API_SCOPES.filter((scope) => list.includes(scope)));

const expiresInDays = z
  .number()
  .int("The expiry is a whole number of days.")
  .min(1, "A token lives at least a day.")
  .max(MAX_TOKEN_EXPIRY_DAYS, `A token lives at most ${MAX_TOKEN_EXPIRY_DAYS} days; choose "never" for longer.`)
  .nullable();

export const createApiTokenSchema = z.object({ name, scopes, expiresInDays });
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ id: recordId });
export type RevokeApiTokenInput = z.output<typeof revokeApiTokenSchema>;

/** `--scopes read,export`, as the CLI reads it: names, not enum values. */
export const scopeListSchema = z.string({ message: "Give --scopes, e.g. read,export." }).transform((list, context) => {
  const parsed = list.split(",").map((entry) => ({ entry, scope: scopeFromName(entry) }));
  for (const { entry, scope } of parsed) {
    if (!scope)
      context.addIssue({ code: "custom", message: `Unknown scope "${entry.trim()}": use read, annotate, review, export, admin.` });
  }
  return parsed.flatMap(({ scope }) => (scope ? [scope] : []));
});

/** `--expires 30d` (days), or `never`. */
export const expiryArgumentSchema = z
  .string()
  .trim()
  .regex(/^(\d{1,4}d|never)$/, 'Write the expiry as a number of days ("30d") or "never".')
  .transform((value) => (value === "never" ? null : Number(value.slice(0, -1))));

export const tokenPrefixSchema = z
  .string({ message: "Give --prefix, e.g. fmk_AbC123xy." })
  .trim()
  .regex(/^fmk_[0-9A-Za-z]{8}$/, "A token's prefix is fmk_ and 8 letters or digits, as the settings page lists it.");

import { z } from "zod";

const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * A source link as stored: http or https only, no embedded credentials, host lower-cased and
 * default port dropped (by the URL parser), tracking parameters removed. The fragment stays:
 * text-fragment links (#:~:text=…) point a reader at the exact passage.
 */
export function normaliseHttpUrl(raw: string): { ok: true; url: string } | { ok: false; message: string } {
  const value = raw.trim();
  if (!value) return { ok: false, message: "Enter a web address." };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: "Enter a full web address starting with http:// or https://." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, message: `Only http:// and https:// addresses are accepted, not ${url.protocol}//.` };
  }
  if (url.username || url.password) return { ok: false, message: "Web addresses with a user name or password are not accepted." };
  if (!url.hostname.includes(".") && url.hostname !== "localhost") return { ok: false, message: "That address has no valid host name." };
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  return { ok: true, url: url.toString() };
}

const MAX_URL_MESSAGE = "The web address is too long (2,000 characters at most).";

function toHttpUrl(raw: string, ctx: z.core.$RefinementCtx<string>): string {
  const result = normaliseHttpUrl(raw);
  if (result.ok) return result.url;
  ctx.addIssue({ code: "custom", message: result.message });
  return z.NEVER;
}

export const httpUrlSchema = z.string().max(2000, MAX_URL_MESSAGE).transform(toHttpUrl);

/**
 * A link that may be left blank: "" (an untouched form field) is none, stored as null. Not a union
 * of "" and httpUrlSchema: a union refused on both sides answers "Invalid input", and the person
 * who typed `javascript:…` should read why it is refused.
 */
export const optionalHttpUrlSchema = z
  .string()
  .max(2000, MAX_URL_MESSAGE)
  .transform((raw, ctx) => (raw === "" ? null : toHttpUrl(raw, ctx)))
  .nullish();

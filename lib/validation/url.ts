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

export const httpUrlSchema = z
  .string()
  .max(2000, "The web address is too long (2,000 characters at most).")
  .transform((raw, ctx) => {
    const result = normaliseHttpUrl(raw);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return result.url;
  });

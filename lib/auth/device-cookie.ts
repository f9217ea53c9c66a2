import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// OWASP's "device cookie": a browser that has signed in to an account before carries a signed
// token naming that account. Its failed attempts are counted against that one device, so a
// stranger guessing the password slows down everyone *except* the owner on their own browser.
export const DEVICE_COOKIE = "factmark-device";
export const DEVICE_COOKIE_MAX_AGE = 180 * 24 * 60 * 60;

function sign(payload: string, secret: string) {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

export function issueDeviceToken(email: string, secret: string): string {
  const payload = `${Buffer.from(email.toLowerCase()).toString("base64url")}.${randomBytes(12).toString("base64url")}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The device's id when the token is ours and was issued for this account, else null. */
export function deviceIdFor(token: string | undefined, email: string, secret: string): string | null {
  const parts = token?.split(".");
  if (parts?.length !== 3) return null;
  const [account, nonce, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${account}.${nonce}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Buffer.from(account, "base64url").toString() !== email.toLowerCase()) return null;
  return nonce;
}

import { Webhook } from "standardwebhooks";

// Standard Webhooks (https://www.standardwebhooks.com): the receiver recomputes an HMAC-SHA256
// over "<webhook-id>.<webhook-timestamp>.<body>" with the endpoint's secret and compares it with
// the `webhook-signature` header, so any of the specification's libraries can verify our requests.

/** An endpoint's secret as the specification writes it: "whsec_" and the base64 of 24 to 64 random bytes. */
export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

export type SignedRequest = {
  /** The event's id: the same on every attempt, so a receiver can drop repeats. */
  "webhook-id": string;
  /** Seconds since the epoch, when this attempt was signed. */
  "webhook-timestamp": string;
  /** "v1,<base64 of the HMAC-SHA256>". */
  "webhook-signature": string;
};

/** The three headers that sign `body` (sent exactly as signed) for one attempt. */
export function signWebhook({ id, body, secret, at }: { id: string; body: string; secret: string; at: Date }): SignedRequest {
  // Whole seconds, as the header carries them: the signature must cover what is sent.
  const seconds = Math.floor(at.getTime() / 1000);
  const signature = new Webhook(secret).sign(id, new Date(seconds * 1000), body);
  return { "webhook-id": id, "webhook-timestamp": String(seconds), "webhook-signature": signature };
}

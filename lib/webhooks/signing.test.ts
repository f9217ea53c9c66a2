import { createHmac, randomBytes } from "node:crypto";
import fc from "fast-check";
import { Webhook as SvixWebhook } from "svix";
import { describe, expect, it } from "vitest";
import { signWebhook, WEBHOOK_SECRET_PATTERN } from "./signing";

// Our signatures are made with the `standardwebhooks` package; here they are checked by two
// implementations that share no code with it: the HMAC written from the specification's text with
// node:crypto, and svix 1.76's own verifier (before svix 2 wrapped standardwebhooks).

/** The specification: HMAC-SHA256 keyed with the base64-decoded secret (after "whsec_") over "id.timestamp.body", base64, as "v1,<sig>". */
function specSignature(secret: string, id: string, timestamp: string, body: string): string {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`, "utf8").digest("base64")}`;
}

const secrets = fc.integer({ min: 24, max: 64 }).chain((size) => fc.uint8Array({ minLength: size, maxLength: size }));
const secretOf = (bytes: Uint8Array) => `whsec_${Buffer.from(bytes).toString("base64")}`;
const bodies = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
);
// svix's verifier also parses the body as JSON, which ours always is.
const jsonBodies = fc.jsonValue().map((value) => JSON.stringify(value));
const ids = fc.stringMatching(/^msg_[0-9a-f]{1,32}$/);

describe("signWebhook", () => {
  it("matches the HMAC the specification describes, for any body, secret and id", () => {
    fc.assert(
      fc.property(bodies, secrets, ids, fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), (body, bytes, id, at) => {
        const secret = secretOf(bytes);
        const signed = signWebhook({ id, body, secret, at });
        expect(signed["webhook-id"]).toBe(id);
        expect(signed["webhook-timestamp"]).toBe(String(Math.floor(at.getTime() / 1000)));
        expect(signed["webhook-signature"]).toBe(specSignature(secret, id, signed["webhook-timestamp"], body));
      }),
      { numRuns: 300 },
    );
  });

  it("is accepted by svix's verifier, which refuses a changed body, id or secret", () => {
    fc.assert(
      fc.property(jsonBodies, secrets, ids, (body, bytes, id) => {
        const secret = secretOf(bytes);
        const signed = signWebhook({ id, body, secret, at: new Date() });
        expect(() => new SvixWebhook(secret).verify(body, signed)).not.toThrow();
        expect(() => new SvixWebhook(secret).verify(`${body} `, signed)).toThrow();
        expect(() => new SvixWebhook(secret).verify(body, { ...signed, "webhook-id": `${id}x` })).toThrow();
        expect(() => new SvixWebhook(secretOf(randomBytes(32))).verify(body, signed)).toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it("signs multi-byte text as UTF-8 bytes", () => {
    const secret = secretOf(randomBytes(32));
    const body = JSON.stringify({ title: "Über „Zahlen“ — 数字 🧾" });
    const signed = signWebhook({ id: "msg_1", body, secret, at: new Date() });
    expect(signed["webhook-signature"]).toBe(specSignature(secret, "msg_1", signed["webhook-timestamp"], body));
  });

  it("knows the specification's secret format", () => {
    expect(WEBHOOK_SECRET_PATTERN.test(secretOf(randomBytes(32)))).toBe(true);
    expect(WEBHOOK_SECRET_PATTERN.test("whsec_short")).toBe(false);
    expect(WEBHOOK_SECRET_PATTERN.test(Buffer.from(randomBytes(32)).toString("base64"))).toBe(false);
  });
});

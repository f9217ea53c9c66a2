import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

function directive(policy: string, name: string) {
  return policy
    .split("; ")
    .find((part) => part.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);
}

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with the nonce, never inline or eval in production", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(directive(policy, "script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "style-src")).not.toContain("'unsafe-inline'");
  });

  it("forbids framing, plugins and base-tag hijacking", () => {
    const policy = contentSecurityPolicy("n");
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "base-uri")).toEqual(["'none'"]);
  });

  it("allows eval only for the development server", () => {
    expect(directive(contentSecurityPolicy("n", { isDev: true }), "script-src")).toContain("'unsafe-eval'");
  });
});

describe("newNonce", () => {
  it("is fresh on every call and carries 128 bits", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });
});

import { describe, expect, it } from "vitest";
import { API_SCOPES } from "@/lib/enums";
import { canRevokeApiToken, createApiTokenRefusal, effectiveScopes, grantableScopes } from "./api-tokens";

const admin = { id: "a", role: "ADMIN" as const };
const editor = { id: "e", role: "EDITOR" as const };
const reviewer = { id: "r", role: "REVIEWER" as const };

describe("api token policies", () => {
  it("offers the admin scope to admins only", () => {
    expect(grantableScopes(admin, API_SCOPES)).toEqual(API_SCOPES);
    for (const actor of [editor, reviewer]) expect(grantableScopes(actor, API_SCOPES)).toEqual(["READ", "ANNOTATE", "REVIEW", "EXPORT"]);
  });

  it("refuses a token with the admin scope to anyone but an admin", () => {
    expect(createApiTokenRefusal(admin, ["ADMIN", "READ"])).toBeNull();
    expect(createApiTokenRefusal(editor, ["READ", "REVIEW"])).toBeNull();
    expect(createApiTokenRefusal(editor, ["ADMIN"])).toBe("Only admins can make tokens with the admin scope.");
    expect(createApiTokenRefusal(reviewer, ["READ", "ADMIN"])).toMatch(/admin scope/);
  });

  it("lets people revoke their own tokens, and admins anyone's", () => {
    expect(canRevokeApiToken(reviewer, { userId: "r" })).toBe(true);
    expect(canRevokeApiToken(reviewer, { userId: "e" })).toBe(false);
    expect(canRevokeApiToken(editor, { userId: "r" })).toBe(false);
    expect(canRevokeApiToken(admin, { userId: "r" })).toBe(true);
  });

  it("drops the admin scope of a token whose user is no longer an admin", () => {
    expect(effectiveScopes(editor, ["READ", "ADMIN"])).toEqual(["READ"]);
    expect(effectiveScopes(admin, ["READ", "ADMIN"])).toEqual(["READ", "ADMIN"]);
  });
});

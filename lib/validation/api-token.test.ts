import { describe, expect, it } from "vitest";
import { createApiTokenSchema, expiryArgumentSchema, revokeApiTokenSchema, scopeListSchema, tokenPrefixSchema } from "./api-token";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("createApiTokenSchema", () => {
  it("takes a name, scopes in the schema's order without repeats, and an expiry in days or null", () => {
    expect(createApiTokenSchema.parse({ name: "  CMS  ", scopes: ["EXPORT", "READ", "EXPORT"], expiresInDays: 30 })).toEqual({
      name: "CMS",
      scopes: ["READ", "EXPORT"],
      expiresInDays: 30,
    });
    expect(createApiTokenSchema.parse({ name: "n", scopes: ["READ"], expiresInDays: null }).expiresInDays).toBeNull();
  });

  it("refuses what the form must not send, in words", () => {
    expect(messages(createApiTokenSchema.safeParse({ name: " ", scopes: ["READ"], expiresInDays: 7 }))).toEqual(["Give the token a name."]);
    expect(messages(createApiTokenSchema.safeParse({ name: "n", scopes: [], expiresInDays: 7 }))).toEqual(["Choose at least one scope."]);
    expect(messages(createApiTokenSchema.safeParse({ name: "n", scopes: ["WRITE"], expiresInDays: 7 }))[0]).toMatch(/Scopes are read/);
    expect(messages(createApiTokenSchema.safeParse({ name: "n", scopes: ["READ"], expiresInDays: 400 }))[0]).toMatch(/at most 366 days/);
    expect(createApiTokenSchema.safeParse({ name: "n", scopes: ["READ"], expiresInDays: 1.5 }).success).toBe(false);
    expect(revokeApiTokenSchema.safeParse({ id: "" }).success).toBe(false);
  });
});

describe("the CLI's arguments", () => {
  it("reads --scopes as names, and names each unknown one", () => {
    expect(scopeListSchema.parse("read, Export")).toEqual(["READ", "EXPORT"]);
    expect(messages(scopeListSchema.safeParse("read,write,delete"))).toEqual([
      'Unknown scope "write": use read, annotate, review, export, admin.',
      'Unknown scope "delete": use read, annotate, review, export, admin.',
    ]);
    expect(scopeListSchema.safeParse(undefined).success).toBe(false);
  });

  it("reads --expires as days or never", () => {
    expect(expiryArgumentSchema.parse("30d")).toBe(30);
    expect(expiryArgumentSchema.parse("never")).toBeNull();
    for (const wrong of ["30", "3w", "-1d", "d"]) expect(expiryArgumentSchema.safeParse(wrong).success).toBe(false);
  });

  it("takes a prefix as the settings page lists it", () => {
    expect(tokenPrefixSchema.parse(" fmk_AbC123xy ")).toBe("fmk_AbC123xy");
    for (const wrong of ["fmk_AbC123x", "ghp_AbC123xy", "fmk_AbC123xy…"]) expect(tokenPrefixSchema.safeParse(wrong).success).toBe(false);
  });
});

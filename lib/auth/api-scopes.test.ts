import { describe, expect, it } from "vitest";
import { API_SCOPES } from "@/lib/enums";
import { hasScope, scopeFromName, scopeName } from "./api-scopes";

describe("api token scopes", () => {
  it("names every scope in lower case and reads the names back", () => {
    for (const scope of API_SCOPES) expect(scopeFromName(scopeName(scope))).toBe(scope);
    expect(scopeFromName(" Export ")).toBe("EXPORT");
    expect(scopeFromName("write")).toBeNull();
  });

  it("lets a token do only what it names: no scope implies another", () => {
    expect(hasScope(["ADMIN"], "READ")).toBe(false);
    expect(hasScope(["READ", "EXPORT"], "EXPORT")).toBe(true);
    expect(hasScope([], "READ")).toBe(false);
  });
});

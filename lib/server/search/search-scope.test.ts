import { describe, expect, it } from "vitest";
import { containsPattern } from "./search-scope";

describe("containsPattern", () => {
  it("takes ILIKE's own characters in the text literally", () => {
    expect(containsPattern("BBC")).toBe("%BBC%");
    expect(containsPattern("100%_sure\\")).toBe("%100\\%\\_sure\\\\%");
  });
});

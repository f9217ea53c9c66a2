import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-change";

describe("describeChange", () => {
  it("names what was replaced, added and removed", () => {
    expect(describeChange("a £1.2 billion gap", "a £1.3 billion gap")).toBe("Replaced “2” with “3”.");
    expect(describeChange("rise next year", "rise by 5% next year")).toBe("Added “by 5% ”.");
    expect(describeChange("rise by 5% next year", "rise next year")).toBe("Removed “by 5% ”.");
    expect(describeChange("same", "same")).toBe("No change to the text.");
  });
  it("cuts long changes", () => {
    expect(describeChange("x", "y".repeat(200))).toMatch(/^Replaced “x” with “y{79}…”\.$/);
  });
});

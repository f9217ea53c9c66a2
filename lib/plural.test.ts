import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("counts one in the singular and every other number in the plural", () => {
    expect(plural(1, "opinion")).toBe("1 opinion");
    expect(plural(0, "opinion")).toBe("0 opinions");
    expect(plural(2, "finding is", "findings are")).toBe("2 findings are");
  });
});

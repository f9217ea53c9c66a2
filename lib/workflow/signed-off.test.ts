import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES } from "@/lib/enums";
import { isSignedOffOrPublished, SIGNED_OFF_OR_PUBLISHED } from "./signed-off";

describe("isSignedOffOrPublished", () => {
  it("holds for a signed-off article and a published one, and for no other status", () => {
    const holding = ARTICLE_STATUSES.filter(isSignedOffOrPublished);
    expect(holding).toEqual(["SIGNED_OFF", "PUBLISHED"]);
  });

  it("lists the same statuses for queries", () => {
    expect([...SIGNED_OFF_OR_PUBLISHED]).toEqual(ARTICLE_STATUSES.filter(isSignedOffOrPublished));
  });
});

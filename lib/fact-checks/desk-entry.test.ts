import { describe, expect, it } from "vitest";
import { claimKey, deskEntry, deskEntryUrl } from "./desk-entry";

const context = {
  article: { id: "art1", title: "Council tax to rise", language: "en", sourceUrl: "https://news.example/tax", publishedOn: null },
  organisation: { name: "Factmark Desk", url: "https://desk.example" },
  signedOffAt: new Date("2026-12-07T23:59:30Z"),
  publicUrl: null,
};

describe("deskEntry", () => {
  it("is the claim as the report publishes it: checkable sentence, our rating on the scale, the organisation, the sign-off day", () => {
    const entry = deskEntry(
      { id: "ann1", claimText: " Tax will rise by 4.99% ", exact: "rise", speaker: "Ms Khan", rating: "MOSTLY_FALSE" },
      context,
    );
    expect(entry).toMatchObject({
      origin: "DESK",
      standing: "CURRENT",
      annotationId: "ann1",
      articleId: "art1",
      url: null,
      claimReviewed: "Tax will rise by 4.99%",
      headline: "Council tax to rise",
      rating: "MOSTLY_FALSE",
      ratingName: "Mostly false",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      publisherName: "Factmark Desk",
      publisherUrl: "https://desk.example",
      language: "en",
      claimAuthor: "Ms Khan",
      appearanceUrl: "https://news.example/tax",
    });
    expect(entry.datePublished.toISOString()).toBe("2026-12-07T00:00:00.000Z");
  });

  it("falls back to the passage, and gives Unverifiable its name and no number", () => {
    const entry = deskEntry({ id: "ann2", claimText: "  ", exact: "The passage", speaker: null, rating: "UNVERIFIABLE" }, context);
    expect(entry).toMatchObject({
      claimReviewed: "The passage",
      ratingName: "Unverifiable",
      ratingValue: null,
      bestRating: null,
      worstRating: null,
    });
  });

  it("points at the finding in the public report while one is published", () => {
    const entry = deskEntry(
      { id: "ann3", claimText: "x y z", exact: "x", speaker: null, rating: "TRUE" },
      { ...context, publicUrl: "https://app.example/r/tok" },
    );
    expect(entry.url).toBe("https://app.example/r/tok#finding-ann3");
    expect(deskEntryUrl(null, "ann3")).toBeNull();
  });
});

describe("claimKey", () => {
  it("is one key for the same claim written with other case, spacing or compatibility characters", () => {
    expect(claimKey("Tax will  RISE")).toBe(claimKey(" tax will rise\n"));
    expect(claimKey("ﬁve per cent")).toBe(claimKey("five per cent"));
    expect(claimKey("Tax will rise")).not.toBe(claimKey("Tax will fall"));
    expect(claimKey("x")).toMatch(/^[0-9a-f]{64}$/);
  });
});

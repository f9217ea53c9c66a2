import { describe, expect, it } from "vitest";
import { readClaimReview } from "./read-claim-review";
import { claimReviewNode } from "./test-support";

const read = (overrides: Record<string, unknown> = {}) => readClaimReview(claimReviewNode(1, overrides));
const reason = (overrides: Record<string, unknown>) => {
  const reading = read(overrides);
  if (reading.ok) throw new Error("expected a refusal");
  return reading.reason;
};
const entry = (overrides: Record<string, unknown> = {}) => {
  const reading = read(overrides);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.entry;
};

describe("one ClaimReview node → a library entry", () => {
  it("reads every column from Google's documented shape", () => {
    expect(entry()).toEqual({
      claimReviewed: "Claim number 1: the moon landing was filmed in a studio",
      claimKey: expect.stringMatching(/^[0-9a-f]{64}$/),
      url: "https://factcheck.example/reviews/1",
      headline: "Fact check 1: no, the moon landing was not staged",
      ratingName: "False",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      publisherName: "Example Checks",
      publisherUrl: "https://factcheck.example/",
      datePublished: "2024-03-05",
      language: "en",
      claimAuthor: "A. Blogger",
      claimDate: "2024-02-28",
      appearanceUrl: "https://social.example/posts/1",
    });
  });

  it("reads the shapes real feeds vary in", () => {
    const varied = entry({
      "@type": ["Review", "schema:ClaimReview"],
      url: ["https://factcheck.example/varied?utm_source=feed"],
      claimReviewed: { "@value": "Claim with a value object" },
      author: "Just A Name",
      reviewRating: [{ "@type": "Rating", ratingValue: " 2.5 ", bestRating: "5", worstRating: "0", name: "Half true" }],
      inLanguage: { "@type": "Language", name: "Portuguese", alternateName: "pt-BR" },
      itemReviewed: { "@type": "Claim", author: [{ "@type": "Organization", name: "Party X" }], appearance: "https://social.example/x" },
      datePublished: "2023-12-31",
    });
    expect(varied).toMatchObject({
      url: "https://factcheck.example/varied",
      claimReviewed: "Claim with a value object",
      publisherName: "Just A Name",
      publisherUrl: null,
      ratingName: "Half true",
      ratingValue: 2.5,
      bestRating: 5,
      worstRating: 0,
      language: "pt-BR",
      claimAuthor: "Party X",
      appearanceUrl: "https://social.example/x",
      datePublished: "2023-12-31",
    });
  });

  it("takes the publisher when there is no author, the first appearance first, and a rating given in words as its name", () => {
    const read = entry({
      author: undefined,
      publisher: { "@type": "Organization", name: "Publisher Org" },
      reviewRating: { "@type": "Rating", ratingValue: "Mostly false" },
      itemReviewed: {
        "@type": "Claim",
        firstAppearance: { url: "https://first.example/" },
        appearance: [{ url: "https://later.example/" }],
      },
    });
    expect(read).toMatchObject({
      publisherName: "Publisher Org",
      ratingName: "Mostly false",
      ratingValue: null,
      appearanceUrl: "https://first.example/",
    });
  });

  it("keeps an entry with no rating, no date and no claimant", () => {
    expect(entry({ reviewRating: undefined, datePublished: undefined, itemReviewed: undefined, author: undefined })).toMatchObject({
      ratingName: null,
      ratingValue: null,
      datePublished: null,
      claimAuthor: null,
      publisherName: null,
    });
  });

  it("stores text fields as plain text: markup, entities, bidi overrides out", () => {
    const hostile = entry({
      claimReviewed: '<a href="javascript:alert(1)">Click</a> &lt;b&gt; \u202eevil\u202c \u05d0\u200f',
      headline: "<h1>=cmd|' /C calc'!A0</h1>",
    });
    expect(hostile.claimReviewed).toBe("Click <b> evil \u05d0\u200f");
    // A formula prefix is text like any other: the library stores it, exports neutralise it.
    expect(hostile.headline).toBe("=cmd|' /C calc'!A0");
  });

  it("refuses, naming the field and why", () => {
    expect(reason({ claimReviewed: undefined })).toBe("claimReviewed is missing.");
    expect(reason({ claimReviewed: "<p> </p>" })).toBe("claimReviewed is empty once its markup and spacing are taken out.");
    expect(reason({ claimReviewed: { text: "nested" } })).toBe("claimReviewed must be text, not an object.");
    expect(reason({ claimReviewed: true })).toBe("claimReviewed must be text, not true.");
    expect(reason({ claimReviewed: "x".repeat(5_001) })).toBe("claimReviewed is 5,001 characters long: at most 5,000 are kept.");
    expect(reason({ headline: "y".repeat(1_001) })).toBe("headline is 1,001 characters long: at most 1,000 are kept.");
    expect(reason({ url: undefined })).toBe("url is missing: a fact-check is kept by the address it was published at.");
    expect(reason({ url: "javascript:alert(1)" })).toMatch(/^url “javascript:alert\(1\)”: Only http:\/\/ and https:\/\//);
    expect(reason({ url: `https://factcheck.example/${"a".repeat(2_048)}` })).toBe("url is longer than 2,048 characters.");
    expect(reason({ url: 42 })).toBe("url must be a web address, not 42.");
    expect(reason({ reviewRating: { ratingValue: "4", bestRating: "five" } })).toBe(
      "reviewRating.bestRating must be a number, not “five”.",
    );
    expect(reason({ reviewRating: { ratingValue: { "@type": "Number" }, alternateName: "x" } })).toBe(
      "reviewRating.ratingValue must be a number, not an object.",
    );
  });

  it("refuses dates that are not dates and language names that are not tags", () => {
    expect(reason({ datePublished: "yesterday" })).toBe("datePublished must be a date such as 2024-05-31, not “yesterday”.");
    expect(reason({ datePublished: "2024-02-30" })).toBe("datePublished must be a date such as 2024-05-31, not “2024-02-30”.");
    expect(reason({ datePublished: "0000-01-01" })).toBe("datePublished must be a date such as 2024-05-31, not “0000-01-01”.");
    expect(reason({ inLanguage: "English" })).toBe("inLanguage must be a language tag such as en or pt-BR, not “English”.");
    expect(entry({ datePublished: "2024-03-05 10:00:00Z" }).datePublished).toBe("2024-03-05");
  });
});

import { describe, expect, it } from "vitest";
import { buildClaimReviews, checkClaimReview, claimReviewProblems, renderClaimReviewJson } from "./claim-review";
import { hostileModel, plainModel } from "./test-fixtures";

describe("ClaimReview JSON-LD", () => {
  it("gives one ClaimReview per approved claim, with Google's required and recommended properties", () => {
    const model = plainModel();
    const [first, second] = buildClaimReviews(model) as unknown as Record<string, unknown>[];
    expect(buildClaimReviews(model)).toHaveLength(2);
    expect(first).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factmark.example/r/token123#finding-claim1",
      claimReviewed: "Unemployment fell to 4.1 per cent in 2025.",
      itemReviewed: {
        "@type": "Claim",
        datePublished: "2026-10-30",
        appearance: {
          "@type": "CreativeWork",
          url: "https://news.example/story",
          headline: "Unemployment claims",
          publisher: { "@type": "Organization", name: "The Paper" },
        },
      },
      author: { "@type": "Organization", name: "Factmark Desk", url: "https://factmark.example" },
      datePublished: "2026-11-02",
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 },
      inLanguage: "en",
    });
    // Unverifiable: its name only, no number on the scale.
    expect(second!.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
  });

  it("names per claim what is missing: the speaker here, and nothing required", () => {
    const checks = claimReviewProblems(plainModel());
    expect(checks.map((c) => c.claimId)).toEqual(["claim1", "claim2"]);
    for (const check of checks) {
      expect(check.problems.filter((p) => p.level === "required")).toEqual([]);
      expect(check.problems.map((p) => p.property)).toEqual(["itemReviewed.author"]);
    }
  });

  it("takes the speaker from a quote that contains the claim", () => {
    const model = plainModel();
    const quote = model.findings.find((f) => f.kind === "QUOTE")!;
    const claim = { ...model.findings.find((f) => f.id === "claim1")!, start: quote.start + 1, end: quote.end - 1 };
    const docs = buildClaimReviews({ ...model, findings: [...model.findings.filter((f) => f.id !== "claim1"), claim] });
    expect(docs.map((d) => (d as { itemReviewed: { author?: { name: string } } }).itemReviewed.author?.name)).toContain("Dr Khan");
  });

  it("before publication and sign-off: url is required and missing, datePublished recommended", () => {
    const checks = claimReviewProblems(plainModel({ publicUrl: null, signOff: null }));
    expect(checks[0]!.problems.map((p) => `${p.level} ${p.property}`)).toEqual([
      "required url",
      "recommended datePublished",
      "recommended itemReviewed.author",
    ]);
  });

  it("an empty document misses every required property", () => {
    const problems = checkClaimReview({ "@context": "https://schema.org", "@type": "ClaimReview" });
    expect(problems.filter((p) => p.level === "required").map((p) => p.property)).toEqual(["claimReviewed", "url", "reviewRating"]);
  });

  it("leaves claims not approved out", () => {
    const model = plainModel();
    const findings = model.findings.map((f) => (f.id === "claim1" ? { ...f, status: "SUBMITTED" as const } : f));
    expect(buildClaimReviews({ ...model, findings }).map((d) => (d as { claimReviewed: string }).claimReviewed)).toEqual([
      "£3bn was saved.",
    ]);
  });

  it("keeps hostile text as data: valid JSON, byte-identical on every run", () => {
    const bytes = renderClaimReviewJson(hostileModel());
    expect(bytes.equals(renderClaimReviewJson(hostileModel()))).toBe(true);
    const parsed = JSON.parse(bytes.toString("utf8")) as { claimReviewed: string }[];
    expect(parsed[0]!.claimReviewed).toContain("<script>");
    expect(parsed[0]!.claimReviewed).toContain("Ελληνικά");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sourceFieldsSchema } from "@/lib/validation/source";
import { factCheckSource, isAttached } from "./fact-check-source";

const match = {
  url: "https://www.snopes.com/fact-check/microchips/?utm_campaign=x",
  headline: "Do vaccines contain microchips?",
  claimReviewed: "Vaccines contain microchips",
  publisher: "Snopes",
  datePublished: "2021-05-04",
};

describe("factCheckSource", () => {
  it("is the fact-check as a source: its address as the form stores it, headline, publisher, dates, stance", () => {
    expect(factCheckSource(match, "2026-12-07")).toEqual({
      ok: true,
      source: {
        url: "https://www.snopes.com/fact-check/microchips/",
        title: "Do vaccines contain microchips?",
        publisher: "Snopes",
        publishedOn: "2021-05-04",
        accessedOn: "2026-12-07",
        stance: "EARLIER_FACT_CHECK",
      },
    });
  });

  it("titles it with the claim when there is no headline, and fits long names to the form's limits", () => {
    const long = factCheckSource({ ...match, headline: null, publisher: "P".repeat(500) }, "2026-12-07");
    expect(long).toMatchObject({ ok: true, source: { title: "Vaccines contain microchips", publisher: `${"P".repeat(199)}…` } });
    const headline = factCheckSource({ ...match, headline: `${"😀".repeat(200)}` }, "2026-12-07");
    expect(headline.ok && headline.source.title!.length).toBeLessThanOrEqual(300);
    expect(headline.ok && headline.source.title!.endsWith("😀…")).toBe(true);
  });

  it("refuses, in words, a fact-check with no address or one the source form would refuse", () => {
    expect(factCheckSource({ ...match, url: null }, "2026-12-07")).toEqual({
      ok: false,
      message: "This fact-check has no public address to cite yet.",
    });
    expect(factCheckSource({ ...match, url: "javascript:alert(1)" }, "2026-12-07")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/http/),
    });
    expect(factCheckSource({ ...match, datePublished: "20210504" }, "2026-12-07")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/YYYY-MM-DD/),
    });
  });

  it("answers a source the server's schema accepts, or a reason, for any library entry", () => {
    const text = fc.option(fc.string({ maxLength: 400 }), { nil: null });
    fc.assert(
      fc.property(text, text, fc.string({ maxLength: 400 }), text, text, (url, headline, claimReviewed, publisher, datePublished) => {
        const built = factCheckSource({ url, headline, claimReviewed, publisher, datePublished }, "2026-12-07");
        if (built.ok) expect(sourceFieldsSchema.safeParse(built.source).success).toBe(true);
        else expect(built.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("isAttached", () => {
  it("knows the fact-check among the claim's sources by its address as stored, with that stance only", () => {
    const stored = { url: "https://www.snopes.com/fact-check/microchips/", stance: "EARLIER_FACT_CHECK" as const };
    expect(isAttached([stored], match)).toBe(true);
    expect(isAttached([{ ...stored, stance: "CONTEXT" }], match)).toBe(false);
    expect(isAttached([], match)).toBe(false);
    expect(isAttached([stored], { url: null })).toBe(false);
  });
});

import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { readClaimReview } from "../read-claim-review";
import { claimReviewNode, dataFeed, readFeed } from "../test-support";

// Every input is either read (each item imported or refused with a reason) or stopped with a
// reason; nothing throws, whatever the bytes.
const STREAMED = new Set(["dataFeedElement", "@graph", "schema:dataFeedElement", "https://schema.org/dataFeedElement"]);
const plainObject = fc.dictionary(
  fc.string().filter((key) => !STREAMED.has(key)),
  fc.jsonValue({ maxDepth: 3 }),
  { maxKeys: 6 },
);
const FIELDS = ["claimReviewed", "url", "headline", "reviewRating", "author", "datePublished", "inLanguage", "itemReviewed", "@type"];

function expectReadable(readout: Awaited<ReturnType<typeof readFeed>>) {
  for (const refusal of readout.refused) {
    expect(refusal.position).toMatch(/^(item \d+(\.\d+)?|row \d+|script \d+ \(JSON-LD\))$/);
    expect(refusal.reason.length).toBeGreaterThan(3);
  }
  if (readout.stop !== null) expect(readout.stop.length).toBeGreaterThan(10);
}

describe("any input is read or refused with a reason", () => {
  it("any bytes at all, under any name", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(undefined, "x.json", "x.csv", "x.html"), async (bytes, name) => {
        expectReadable(await readFeed(bytes, name));
      }),
      { numRuns: 300 },
    );
  });

  it("any text that starts like JSON, HTML or CSV", async () => {
    const start = fc.constantFrom("[", "{", "<html><script type='application/ld+json'>", "claimReviewed,url\n");
    await fc.assert(
      fc.asyncProperty(start, fc.string({ unit: "binary", maxLength: 400 }), async (head, rest) => {
        expectReadable(await readFeed(head + rest));
      }),
      { numRuns: 300 },
    );
  });

  it("every element of a JSON list gets an entry or a refusal, numbered by its position", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            plainObject,
            fc.constant(null).map(() => claimReviewNode(1)),
          ),
          { maxLength: 12 },
        ),
        async (items) => {
          const readout = await readFeed(JSON.stringify(items));
          expect(readout.stop).toBeNull();
          const positions = [...readout.entries, ...readout.refused].map((event) => Number(/^item (\d+)/.exec(event.position)![1]));
          expect(new Set(positions)).toEqual(new Set(items.map((_, index) => index + 1)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a ClaimReview with any value in any field is read or refused with a reason, never thrown", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 4 }), (field, value) => {
        const reading = readClaimReview(claimReviewNode(1, { [field]: value }) as Record<string, unknown>);
        if (!reading.ok) expect(reading.reason).toMatch(/\S/);
        else expect(reading.entry.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: 500 },
    );
  });

  it("every CSV row gets an entry or a refusal, whatever its cells hold", async () => {
    const cell = fc.string({ unit: "grapheme", maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, fc.oneof(cell, fc.constant("https://a.example/x")), cell), { minLength: 1, maxLength: 10 }),
        async (rows) => {
          const csv = stringify([["claimReviewed", "url", "headline"], ...rows]);
          const readout = await readFeed(csv, "rows.csv");
          expect(readout.stop).toBeNull();
          expect(readout.entries.length + readout.refused.length).toBe(rows.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a feed reads the same however its bytes are cut into chunks", async () => {
    const bytes = Buffer.from(
      JSON.stringify(dataFeed([claimReviewNode(1, { claimReviewed: "Ünïcödé 東京 👍🏽" }), claimReviewNode(2), "bad"])),
    );
    const whole = await readFeed(bytes);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 20 }), async (cuts) => {
        const edges = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = edges.slice(1).map((end, i) => bytes.subarray(edges[i], end));
        const readout = await readFeed(chunks);
        expect(readout.entries).toEqual(whole.entries);
        expect(readout.refused).toEqual(whole.refused);
      }),
      { numRuns: 100 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring";
import type { AnnotationView } from "@/lib/annotations/types";
import { annotationView } from "./annotation-view-fixture";
import { compactAnnotations, expandAnnotations } from "./compact-annotations";

const text = "Unemployment fell to 4.1 per cent, the minister said.\n\nCritics called it “a statistical mirage” costing £3bn. 👍 done.";
const article = { id: "article-1", text };

function annotation(start: number, end: number, overrides: Partial<AnnotationView> = {}): AnnotationView {
  const { exact, prefix, suffix } = describeSpan(text, start, end).quote;
  return annotationView({
    id: `a${start}-${end}`,
    articleId: article.id,
    start,
    end,
    exact,
    prefix,
    suffix,
    claimText: null,
    createdAt: "2026-11-25T10:00:00.123Z",
    updatedAt: "2026-11-25T10:05:00.000Z",
    author: { id: "u1", name: "Ada Author" },
    ...overrides,
  });
}

describe("compact annotations", () => {
  it("gives back exactly what it was given, relations and dates included", () => {
    const full = [
      annotation(0, 33, {
        claimText: "Unemployment fell to 4.1 per cent",
        verdict: {
          rating: "FALSE",
          rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "ONS" }] }] },
        },
        sources: [
          {
            id: "s1",
            url: "https://ons.gov.uk",
            title: "ONS",
            publisher: null,
            accessedOn: "2026-11-01",
            publishedOn: "2026-10-30",
            archiveUrl: null,
            excerpt: null,
            stance: "CONTRADICTS",
            createdAt: "2026-11-25T10:01:00.000Z",
          },
        ],
        reviews: [
          {
            id: "r1",
            outcome: "APPROVED",
            reason: null,
            version: 2,
            reviewer: { id: "u2", name: "Rita Reviewer" },
            at: "2026-11-25T11:00:00.000Z",
          },
        ],
        lastEditedById: "u3",
        status: "APPROVED",
        version: 3,
      }),
      annotation(72, 94, { kind: "OPINION", holder: "Critics", restsOnIds: ["a0-33"], author: { id: "u2", name: "Rita Reviewer" } }),
    ];
    expect(expandAnnotations(compactAnnotations(full, text), article)).toEqual(full);
  });

  it("sends the quote when the text does not give it back: orphaned, or past the end of the text", () => {
    const orphan = annotation(0, 12, { exact: "Jobless fell", prefix: "", suffix: " to 4.2", orphanedAt: "2026-11-25T12:00:00.000Z" });
    const pastEnd = { ...annotation(0, 12), start: 500, end: 512 };
    const packed = compactAnnotations([orphan, pastEnd], text);
    expect(JSON.stringify(packed)).toContain("Jobless fell");
    expect(expandAnnotations(packed, article)).toEqual([orphan, pastEnd]);
  });

  it("leaves the quote and empty values out, and names each person once", () => {
    const many = Array.from({ length: 50 }, (_, i) => annotation(i, i + 10, { id: `a${i}` }));
    const packed = compactAnnotations(many, text);
    expect(packed.people).toEqual([{ id: "u1", name: "Ada Author" }]);
    expect(JSON.stringify(packed)).not.toContain("Unemployment");
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(many).length / 4);
  });

  it("round-trips any annotation on any text (property)", () => {
    const nullableText = fc.option(fc.string({ maxLength: 40 }), { nil: null });
    const date = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms).toISOString());
    const person = fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), name: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200, unit: "grapheme" }),
        fc.array(
          fc.record({
            from: fc.nat(),
            length: fc.integer({ min: 1, max: 30 }),
            fromText: fc.boolean(),
            quote: fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })),
            note: nullableText,
            claimText: nullableText,
            author: person,
            reviewer: person,
            lastEditedById: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
            createdAt: date,
            orphanedAt: fc.option(date, { nil: null }),
            withReview: fc.boolean(),
          }),
          { maxLength: 20 },
        ),
        (body, specs) => {
          // The same person id always carries the same name, as in the database.
          const names = new Map<string, string>();
          const named = (p: { id: string; name: string }) => ({ id: p.id, name: names.get(p.id) ?? (names.set(p.id, p.name), p.name) });
          const list = specs.map((spec, i): AnnotationView => {
            const start = spec.from % body.length;
            const end = Math.min(body.length + 5, start + spec.length);
            let quote: [string, string, string] = spec.quote;
            if (spec.fromText) {
              try {
                const q = describeSpan(body, start, end).quote;
                quote = [q.exact, q.prefix, q.suffix];
              } catch {
                // out of range or splitting a character: keep the generated quote
              }
            }
            return {
              ...annotation(0, 1),
              id: `id${i}`,
              start,
              end,
              exact: quote[0],
              prefix: quote[1],
              suffix: quote[2],
              note: spec.note,
              claimText: spec.claimText,
              author: named(spec.author),
              lastEditedById: spec.lastEditedById,
              createdAt: spec.createdAt,
              orphanedAt: spec.orphanedAt,
              reviews: spec.withReview
                ? [
                    {
                      id: `r${i}`,
                      outcome: "CHANGES_REQUESTED",
                      reason: spec.note,
                      version: 1,
                      reviewer: named(spec.reviewer),
                      at: spec.createdAt,
                    },
                  ]
                : [],
            };
          });
          const wire = JSON.parse(JSON.stringify(compactAnnotations(list, body)));
          expect(expandAnnotations(wire, { id: article.id, text: body })).toEqual(list);
        },
      ),
      { numRuns: 300 },
    );
  });
});

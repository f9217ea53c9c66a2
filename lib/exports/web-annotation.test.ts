import { describe, expect, it } from "vitest";
import { webAnnotationUploadSchema } from "@/lib/validation/web-annotation";
import { planWebAnnotationImport } from "./plan-web-annotation-import";
import { ANNO_CONTEXT, buildWebAnnotations, renderWebAnnotations } from "./web-annotation";
import { describeSpan } from "@/lib/anchoring";
import { EMOJI_TEXT, emojiModel, HOSTILE, hostileModel, plainModel } from "./test-fixtures";

const upload = (bytes: Buffer) => webAnnotationUploadSchema.parse(JSON.parse(bytes.toString("utf8")));

describe("W3C Web Annotation export", () => {
  it("is an AnnotationCollection with one page, both selectors and typed bodies", () => {
    const collection = buildWebAnnotations(plainModel());
    expect(collection["@context"][0]).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(4);
    expect(collection.first.type).toBe("AnnotationPage");
    const claim = collection.first.items[0]!;
    expect(claim.target.source).toBe(`urn:sha256:${"a".repeat(64)}`);
    expect(claim.target.selector.map((s) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
    expect(claim.body.map((b) => b.purpose)).toEqual(["tagging", "assessing", "describing", "commenting", "linking", "linking"]);
    expect(claim.body[1]).toMatchObject({ value: "Mostly true", "fm:code": "MOSTLY_TRUE" });
    const opinion = collection.first.items.find((a) => (a.body[0] as { value?: string }).value === "opinion")!;
    expect(opinion["fm:restsOn"]).toEqual([claim.id]);
    // No database ids and no names: the file round-trips between databases.
    const json = JSON.stringify(collection);
    expect(json).not.toContain("claim1");
    expect(json).not.toContain("Rita Reviewer");
  });

  it("parses back, and on the same text every annotation lands where it was", () => {
    const model = hostileModel();
    const plan = planWebAnnotationImport(model.article.text, upload(renderWebAnnotations(model)));
    expect(plan.unplaced).toEqual([]);
    expect(plan.placed.map((p) => [p.kind, p.start, p.end, p.method])).toEqual(
      model.findings.map((f) => [f.kind, f.start, f.end, "position"]),
    );
    const claim = plan.placed[0]!;
    expect(claim.verdict?.rating).toBe("MOSTLY_TRUE");
    expect(claim.claimText).toContain(HOSTILE.scripts);
    expect(claim.sources[0]).toMatchObject({ url: "https://www.ons.gov.uk/labour", title: HOSTILE.minus, stance: "SUPPORTS" });
  });

  it("still reads a source written the old way, as an External Web Resource with purpose linking", () => {
    const model = plainModel();
    const file = JSON.parse(renderWebAnnotations(model).toString("utf8"));
    for (const a of file.first.items)
      a.body = a.body.map((b: { purpose: string; source?: string }) => {
        if (b.purpose !== "linking") return b;
        const { source, ...rest } = b;
        return { ...rest, id: source, type: "Text" };
      });
    expect(JSON.stringify(file)).not.toContain('"source":"https://');
    const plan = planWebAnnotationImport(model.article.text, upload(Buffer.from(JSON.stringify(file))));
    const fresh = planWebAnnotationImport(model.article.text, upload(renderWebAnnotations(model)));
    expect(plan.placed[0]!.sources.map((s) => s.url)).toEqual(["https://www.ons.gov.uk/labour", "https://example.org/b"]);
    expect(plan).toEqual(fresh);
  });

  it("re-anchors by quote when the positions differ, and reports what it cannot place", () => {
    const model = plainModel();
    const moved = `A new first paragraph was added by the editor.\n\n${model.article.text.replace("“This policy is a mistake,”", "“Nothing to see,”")}`;
    const plan = planWebAnnotationImport(moved, upload(renderWebAnnotations(model)));
    expect(plan.placed.map((p) => p.method)).toEqual(["quote", "quote", "quote"]);
    for (const p of plan.placed) expect(moved.slice(p.start, p.end)).toBe(p.exact);
    expect(plan.unplaced).toEqual([
      {
        fileId: expect.stringMatching(/^urn:factmark:annotation:/),
        exact: "This policy is a mistake",
        reason: "Its quote is not in this article's text.",
      },
    ]);
  });

  it("accepts another tool's single annotation, and says why one without a kind is skipped", () => {
    const text = "The sky is green, said nobody.";
    const plan = planWebAnnotationImport(
      text,
      webAnnotationUploadSchema.parse([
        {
          type: "Annotation",
          body: { type: "TextualBody", purpose: "tagging", value: "Claim" },
          target: { source: "https://x.example", selector: { type: "TextQuoteSelector", exact: "sky is green" } },
        },
        { type: "Annotation", target: { selector: [{ type: "TextQuoteSelector", exact: "nobody" }] } },
      ]),
    );
    expect(plan.placed.map((p) => [p.kind, p.exact, p.method])).toEqual([["CLAIM", "sky is green", "quote"]]);
    expect(plan.unplaced[0]!.reason).toBe("It has no tagging body saying claim, quote or opinion.");
  });

  it("refuses an upload that is not Web Annotation, with a message", () => {
    expect(webAnnotationUploadSchema.safeParse({ hello: "world" }).success).toBe(false);
  });

  it("is byte-identical for the same data", () => {
    expect(renderWebAnnotations(hostileModel()).equals(renderWebAnnotations(hostileModel()))).toBe(true);
  });
});

describe("TextPositionSelector in Unicode code points (the model's characters, §4.2.5)", () => {
  // EMOJI_TEXT's spans counted by Python's len(), which counts code points: not by our helpers.
  const CODE_POINTS = [
    [29, 55],
    [83, 91],
    [100, 111],
  ];

  it("writes code points, so another tool's characters land on the quote", () => {
    const model = emojiModel();
    const items = buildWebAnnotations(model).first.items;
    expect(items.map((a) => [a.target.selector[1].start, a.target.selector[1].end])).toEqual(CODE_POINTS);
    const characters = Array.from(EMOJI_TEXT);
    for (const a of items) {
      const [quote, position] = a.target.selector;
      expect(characters.slice(position.start, position.end).join("")).toBe(quote.exact);
    }
    // The app itself keeps UTF-16 offsets: the model's findings are untouched.
    expect(model.findings.map((f) => EMOJI_TEXT.slice(f.start, f.end))).toEqual(items.map((a) => a.target.selector[0].exact));
  });

  /** The export with its TextPositionSelectors replaced by `spans`, as another tool might write them. */
  function fileWithPositions(spans: readonly number[][]) {
    const file = JSON.parse(renderWebAnnotations(emojiModel()).toString("utf8"));
    file.first.items.forEach((a: { target: { selector: { start: number; end: number }[] } }, i: number) => {
      Object.assign(a.target.selector[1]!, { start: spans[i]![0], end: spans[i]![1] });
    });
    return upload(Buffer.from(JSON.stringify(file)));
  }

  it("reads code points back to the app's offsets, placed by position", () => {
    const model = emojiModel();
    const plan = planWebAnnotationImport(EMOJI_TEXT, fileWithPositions(CODE_POINTS));
    expect(plan.placed.map((p) => [p.start, p.end, p.method])).toEqual(model.findings.map((f) => [f.start, f.end, "position"]));
    // And our own file round-trips.
    const own = planWebAnnotationImport(EMOJI_TEXT, upload(renderWebAnnotations(model)));
    expect(own.placed.map((p) => [p.start, p.end, p.method])).toEqual(model.findings.map((f) => [f.start, f.end, "position"]));
  });

  it("still reads files that counted UTF-16 code units (ours before, and other tools), placed by position", () => {
    const model = emojiModel();
    const plan = planWebAnnotationImport(EMOJI_TEXT, fileWithPositions(model.findings.map((f) => [f.start, f.end])));
    expect(plan.placed.map((p) => [p.start, p.end, p.method])).toEqual(model.findings.map((f) => [f.start, f.end, "position"]));
  });

  it("when both readings land on the quote, its context decides", () => {
    // Three emoji put the second "ha" in code points where the first is in UTF-16 units.
    const text = "😀😀😀 ha ha ha";
    const units = (n: number) => [...text.matchAll(/ha/g)][n]!.index!;
    const annotation = (unitStart: number, position: { start: number; end: number }) => {
      const { quote } = describeSpan(text, unitStart, unitStart + 2);
      return {
        type: "Annotation",
        body: { type: "TextualBody", purpose: "tagging", value: "opinion" },
        target: { source: "urn:x", selector: [{ ...quote }, { type: "TextPositionSelector", ...position }] },
      };
    };
    expect([units(0), units(1)]).toEqual([7, 10]);
    const plan = planWebAnnotationImport(
      text,
      webAnnotationUploadSchema.parse([
        annotation(10, { start: 7, end: 9 }), // the second "ha" in code points
        annotation(7, { start: 7, end: 9 }), // the first "ha" in UTF-16 units
      ]),
    );
    expect(plan.placed.map((p) => [p.start, p.end, p.method])).toEqual([
      [10, 12, "position"],
      [7, 9, "position"],
    ]);
  });
});

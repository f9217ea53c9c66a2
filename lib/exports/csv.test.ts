import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { CSV_COLUMNS, renderCsv } from "./csv";
import { HOSTILE, hostileModel, plainModel } from "./test-fixtures";

function rows(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.toString("utf8").slice(1), { columns: true }) as Record<string, string>[];
}

describe("CSV export", () => {
  it("has the documented columns and one row per annotation, in text order", () => {
    const bytes = renderCsv(plainModel());
    const text = bytes.toString("utf8");
    expect(text.slice(1, text.indexOf("\r\n"))).toBe(CSV_COLUMNS.join(","));
    const parsed = rows(bytes);
    expect(parsed.map((r) => r.annotation_id)).toEqual(["claim1", "claim2", "opinion1", "quote1"]);
    expect(parsed[0]).toMatchObject({
      kind: "Claim",
      verdict: "Mostly true",
      rationale: "The ONS figure was 4.2\n- Rounded",
      approved_by: "Eddie Editor",
    });
    expect(parsed[0]!.sources!.split("\n")).toEqual([
      "Supports: https://www.ons.gov.uk/labour (Labour market overview, ONS, accessed 2026-11-01, archived https://web.archive.org/web/2026/https://www.ons.gov.uk/labour)",
      "Context: https://example.org/b",
    ]);
  });

  it("neutralises every formula prefix in every field, and keeps the text otherwise intact", () => {
    const parsed = rows(renderCsv(hostileModel()));
    for (const record of parsed)
      for (const [column, value] of Object.entries(record))
        expect(value, `${column} = ${JSON.stringify(value)}`).not.toMatch(/^[=+\-@\t\r]/);
    const all = parsed.flatMap((r) => Object.values(r));
    expect(all).toContain(`'${HOSTILE.formula}`);
    expect(all).toContain(`'${HOSTILE.tab}`);
    expect(all).toContain(`'${HOSTILE.cr}`);
    expect(all.some((v) => v.includes(HOSTILE.rtl))).toBe(true);
    expect(all.some((v) => v.includes(HOSTILE.html))).toBe(true);
    expect(all.some((v) => v.includes("🤥"))).toBe(true);
  });

  it("property: any cell survives the round trip, and never starts a formula", () => {
    // Half the cells start with a character a spreadsheet reads as a formula; random strings alone almost never do.
    const cell = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string({ unit: "grapheme" })).map(([start, rest]) => start + rest),
    );
    fc.assert(
      fc.property(cell, cell, (note, speaker) => {
        const model = plainModel();
        model.findings = model.findings.map((f) => ({ ...f, note, speaker }));
        const [first] = rows(renderCsv(model));
        for (const [value, written] of [
          [note, first!.note!],
          [speaker, first!.speaker!],
        ]) {
          // Written out (OWASP's list: = + - @ tab CR), not by our own neutraliseFormula.
          expect(written).not.toMatch(/^[=+\-@\t\r]/);
          expect(written).toBe(/^[=+\-@\t\r]/.test(value!) ? `'${value}` : value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is byte-identical for the same data", () => {
    expect(renderCsv(hostileModel()).equals(renderCsv(hostileModel()))).toBe(true);
  });
});

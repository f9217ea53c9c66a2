import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Zip, ZipPassThrough } from "fflate";
import { ZipEntryCounter } from "./zip-progress";

/** A zip streamed the way /api/exports writes it: stored entries with data descriptors. */
function streamedZip(files: [string, Uint8Array][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of files) {
    const entry = new ZipPassThrough(name);
    entry.mtime = new Date("2026-11-02T12:00:00Z");
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Uint8Array.from(chunks.flatMap((c) => [...c]));
}

const isExport = (name: string) => /-[a-z0-9]+\.json$/.test(name);

describe("ZipEntryCounter", () => {
  it("counts every entry however the bytes are cut, and never content that looks like a header", () => {
    // The second file's content holds a fake local header whose "name" is not an export's.
    const fake = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new Array(22).fill(0),
      4,
      0,
      0,
      0,
      ..."evil".split("").map((c) => c.charCodeAt(0)),
    ]);
    const bytes = streamedZip([
      ["first-abc1.json", new TextEncoder().encode('{"a":1}')],
      ["second-abc2.json", fake],
      ["third-abc3.json", new Uint8Array(5000).fill(7)],
    ]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
        const counter = new ZipEntryCounter(isExport);
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), bytes.length];
        for (let k = 1; k < points.length; k++) counter.push(bytes.subarray(points[k - 1], points[k]));
        expect(counter.entries).toEqual(["first-abc1.json", "second-abc2.json", "third-abc3.json"]);
      }),
    );
  });
});

// Multipart bodies with control characters where a browser would never put them (file names,
// field names, values) and arguments nested at any depth, checked against busboy, the very parser
// Next hands a multipart action to: whatever passes findActionBodyProblem, busboy reads without
// error, and whatever busboy cannot read is refused here with a message, never passed on to a 500.
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findActionBodyProblem } from "./action-body";

const busboy = createRequire(import.meta.url)("next/dist/compiled/busboy") as (options: {
  headers: Record<string, string>;
  defParamCharset: string;
}) => NodeJS.WritableStream & { on(event: string, listener: (...args: never[]) => void): unknown };

const BOUNDARY = "----factmark-property-boundary";
const CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** Resolves with busboy's error, or null when it read every part. */
function busboyError(body: Buffer): Promise<Error | null> {
  return new Promise((resolve) => {
    const parser = busboy({ headers: { "content-type": CONTENT_TYPE }, defParamCharset: "utf8" });
    parser.on("file", (_name: never, stream: NodeJS.ReadableStream) => stream.resume());
    parser.on("error", (error: Error) => resolve(error));
    parser.on("close", () => resolve(null));
    Readable.from([body]).pipe(parser);
  });
}

type Part = { name: string; fileName: string | null; value: string };

/** Written as a hostile client would: names go into the headers as they are, control characters and all. */
function multipart(parts: Part[]): Buffer {
  const chunks = parts.map(({ name, fileName, value }) => {
    const file = fileName === null ? "" : `; filename="${fileName}"\r\nContent-Type: text/plain`;
    return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${file}\r\n\r\n${value}\r\n`;
  });
  return Buffer.from(`${chunks.join("")}--${BOUNDARY}--\r\n`, "utf8");
}

// Quotes, CR and LF are left out of names: a browser escapes them, and a raw one would not be a
// name with a bad character but a different header.
const hostileName = fc.oneof(
  fc.constantFrom("a\u0000.txt", "a\u0001.txt", "tab\there.md", "\u007f.html", "\u001b[31m.txt", "ok.txt", "ünï😀.md", ""),
  fc.string({ unit: fc.constantFrom("a", ".", " ", "\u0000", "\u0007", "\t", "\u001f", "é", "😀"), maxLength: 12 }),
);
const hostileValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }).filter((value) => !value.includes(`--${BOUNDARY}`)),
  fc.constantFrom("\u0000", "a\u0000b", "\ud800", '[null,"$K1"]', "not json"),
);
const deepArguments = fc.nat({ max: 30_000 }).map((depth) => `[${"[".repeat(depth)}${"]".repeat(depth)}]`);
const formPart = fc.oneof(
  fc.record({ name: hostileName, fileName: fc.constant(null), value: hostileValue }),
  fc.record({ name: fc.constantFrom("_1_file", "file"), fileName: hostileName, value: hostileValue }),
  fc.record({ name: fc.constantFrom("0", "1", "$ACTION_1:0"), fileName: fc.constant(null), value: deepArguments }),
);

describe("findActionBodyProblem on multipart bodies", () => {
  it("passes only what busboy reads, and refuses every control character in a name", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(formPart, { minLength: 1, maxLength: 5 }), async (parts) => {
        const body = multipart(parts);
        const problem = await findActionBodyProblem(CONTENT_TYPE, new Uint8Array(body));
        if (problem === null) expect(await busboyError(body)).toBeNull();
        else expect(problem).toMatch(/\.$/);
        const hasControl = (name: string | null) => name !== null && /[\u0000-\u001f\u007f]/.test(name);
        if (parts.some(({ name, fileName }) => hasControl(name) || hasControl(fileName))) expect(problem).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a file name holding NUL in the words the import form shows", async () => {
    const body = multipart([{ name: "_1_file", fileName: "a\u0000.txt", value: "Text." }]);
    expect(await busboyError(body)).toMatchObject({ message: "Malformed part header" });
    expect(await findActionBodyProblem(CONTENT_TYPE, new Uint8Array(body))).toBe(
      "The file name contains a NUL character (\\0), which text cannot hold. Remove it and try again.",
    );
  });

  it("refuses arguments nested past the guard's limit in any numbered field", async () => {
    const body = multipart([{ name: "0", fileName: null, value: `[${"[".repeat(10_000)}${"]".repeat(10_000)}]` }]);
    expect(await findActionBodyProblem(CONTENT_TYPE, new Uint8Array(body))).toBe("The value is nested too deeply (more than 64 levels).");
  });

  it("refuses a body that is not a form at all", async () => {
    expect(await findActionBodyProblem(CONTENT_TYPE, new TextEncoder().encode("no parts here"))).toBe(
      "The form could not be read. Send it again from the page.",
    );
  });
});

describe("findActionBodyProblem on JSON bodies", () => {
  it("refuses nesting at random depths up to 30,000 with one message, and passes shallow JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 30_000 }), async (depth) => {
        const text = `[{"patch":${"[".repeat(depth)}1${"]".repeat(depth)}}]`;
        const problem = await findActionBodyProblem("text/plain;charset=UTF-8", new TextEncoder().encode(text));
        expect(problem).toBe(depth >= 64 ? "The field “patch” is nested too deeply (more than 64 levels)." : null);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses arguments that are not JSON instead of letting the decoder throw", async () => {
    expect(await findActionBodyProblem("text/plain", new TextEncoder().encode('[{"a":'))).toBe(
      "The request could not be read: its arguments are not valid JSON.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { readStreamLines } from "./import-stream";

describe("reading the import route's lines as they arrive", () => {
  it("reads whole lines only and says where the unfinished one starts", () => {
    const text = '{"type":"error","message":"a"}\n\n{"type":"err';
    expect(readStreamLines(text, 0)).toEqual({ lines: [{ type: "error", message: "a" }], next: 32 });
    expect(readStreamLines(`${text}or","message":"b"}\n`, 32).lines).toEqual([{ type: "error", message: "b" }]);
  });

  it("turns a line that is not JSON into an error, never a throw", () => {
    expect(readStreamLines("<html>Bad gateway</html>\n", 0).lines).toEqual([
      { type: "error", message: "The server's answer could not be read." },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AppError } from "@/lib/errors";
import { decodeSearchCursor, encodeSearchCursor, searchKeyOf, type SearchCursor } from "./search-cursor";
import { SEARCH_RESULT_TYPES } from "./types";

const key = searchKeyOf({ q: "council tax", publisher: "Barnet Times" });
const cursor: SearchCursor = { score: 0.607927, type: "finding", id: "cmxd9b2c80001877dzymcxihp", near: false };

const refusal = (value: string, searchKey = key) => {
  try {
    decodeSearchCursor(value, searchKey);
  } catch (error) {
    return error;
  }
  throw new Error("the cursor was accepted");
};

describe("search cursor", () => {
  it("decodes what it encoded", () => {
    expect(decodeSearchCursor(encodeSearchCursor(cursor, key), key)).toEqual(cursor);
  });

  it("refuses junk as not valid, and a changed cursor or another search's as such", () => {
    for (const junk of [
      "",
      "x",
      "%%%",
      "a".repeat(401),
      Buffer.from("[1,2]").toString("base64url"),
      Buffer.from("{}").toString("base64url"),
    ]) {
      expect(refusal(junk)).toMatchObject({ code: "INVALID", details: { field: "after" } });
    }
    const valid = encodeSearchCursor(cursor, key);
    const [version, _score, type, id, near, mac] = JSON.parse(Buffer.from(valid, "base64url").toString()) as unknown[];
    const edited = Buffer.from(JSON.stringify([version, 99, type, id, near, mac])).toString("base64url");
    const message = "That page link belongs to another search or was changed: start again from the first page.";
    expect((refusal(edited) as AppError).message).toBe(message);
    expect((refusal(valid, searchKeyOf({ q: "something else" })) as AppError).message).toBe(message);
  });

  it("names the same search the same however its parameters were written", () => {
    expect(searchKeyOf({ q: " Council Tax ", publisher: "barnet times", after: "x", kind: "" })).toBe(
      searchKeyOf({ publisher: "Barnet Times", q: "council tax" }),
    );
  });

  it("round-trips every cursor, and refuses every other string with an INVALID AppError, never anything else", () => {
    const cursors = fc.record({
      // JSON has no negative zero; scores are never below zero anyway.
      score: fc.double({ noNaN: true, noDefaultInfinity: true }).map((score) => score + 0),
      type: fc.constantFrom(...SEARCH_RESULT_TYPES),
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
      near: fc.boolean(),
    });
    fc.assert(
      fc.property(cursors, (value) => {
        expect(decodeSearchCursor(encodeSearchCursor(value, key), key)).toEqual(value);
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.base64String(),
          fc.json().map((json) => Buffer.from(json).toString("base64url")),
        ),
        (value) => {
          const error = refusal(value);
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe("INVALID");
        },
      ),
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findMentions, mentionedIn, safeHref, segmentComment } from "@/lib/comments/comment-text";
import { insertMention, matchPeople, mentionQueryAt } from "@/lib/comments/mention-query";

const rita = { id: "u1", name: "Rita Reviewer" };
const ann = { id: "u2", name: "Ann" };
const annLee = { id: "u3", name: "Ann Lee" };

describe("links in comments", () => {
  it("links http and https addresses, leaving sentence punctuation and unopened brackets out", () => {
    expect(segmentComment("See https://example.org/a?b=1. And (http://x.org/p)!", [])).toEqual([
      { type: "text", text: "See " },
      { type: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { type: "text", text: ". And (" },
      { type: "link", text: "http://x.org/p", href: "http://x.org/p" },
      { type: "text", text: ")!" },
    ]);
  });

  it("never links javascript:, data:, credentials in the address or markup", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<b>x</b>", '<a href="javascript:alert(1)">x</a>', "vbscript:x"]) {
      expect(segmentComment(text, []).every((s) => s.type === "text")).toBe(true);
    }
    expect(safeHref("https://user:pw@example.org/")).toBeNull();
    expect(safeHref("ftp://example.org/")).toBeNull();
  });

  it("keeps every character of any text, and every link it makes is http(s)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: "grapheme" }), (a, b) => {
        const text = `${a} https://example.org/${encodeURIComponent(b)} ${b}`;
        const segments = segmentComment(text, [rita]);
        expect(segments.map((s) => s.text).join("")).toBe(text);
        for (const s of segments) if (s.type === "link") expect(s.href).toMatch(/^https?:\/\//);
      }),
    );
  });
});

describe("mentions", () => {
  it("finds @Name for the people given, the longest name first, not inside an email address", () => {
    expect(findMentions("@Ann Lee and @ann, not ann@Ann", [ann, annLee]).map((m) => m.person.id)).toEqual(["u3", "u2"]);
    expect(mentionedIn("Hi @Rita Reviewer and @Rita Reviewer", [rita, ann])).toEqual([rita]);
    expect(mentionedIn("@Annabel", [ann])).toEqual([]);
  });

  it("renders a mention as its own segment", () => {
    expect(segmentComment("Ask @Rita Reviewer: https://x.org", [rita])).toEqual([
      { type: "text", text: "Ask " },
      { type: "mention", text: "@Rita Reviewer", userId: "u1" },
      { type: "text", text: ": " },
      { type: "link", text: "https://x.org", href: "https://x.org/" },
    ]);
  });
});

describe("the @ autocomplete", () => {
  it("finds the query being typed at the caret, with spaces, but not across lines or inside a word", () => {
    expect(mentionQueryAt("Ask @Rita Re", 12)).toEqual({ start: 4, query: "Rita Re" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail me@home", 12)).toBeNull();
    expect(mentionQueryAt("@Rita\nsays", 10)).toBeNull();
    expect(mentionQueryAt("@ Rita", 6)).toBeNull();
  });

  it("matches names or words of them by prefix, names first", () => {
    expect(matchPeople([rita, ann, annLee], "le")).toEqual([annLee]);
    expect(matchPeople([rita, annLee, ann], "ann")).toEqual([ann, annLee]);
    expect(matchPeople([rita, ann], "")).toEqual([ann, rita]);
  });

  it("replaces the query with @Name and a space, and puts the caret after it", () => {
    expect(insertMention("Ask @ri now", { start: 4, query: "ri" }, 7, rita)).toEqual({ text: "Ask @Rita Reviewer now", caret: 19 });
  });
});

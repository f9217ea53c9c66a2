import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimKey } from "./claim-key";
import { toPlainText } from "./plain-text";

describe("a feed's text as plain text", () => {
  it("takes markup out, keeps its text, decodes entities and separates blocks", () => {
    expect(toPlainText("<p>Vaccines <b>cause</b> autism&nbsp;&amp; more</p><p>Second</p>")).toBe("Vaccines cause autism & more Second");
    expect(toPlainText("Before<script>alert(1)</script><style>p{}</style> after")).toBe("Before after");
    expect(toPlainText('<img src=x onerror="alert(1)">Claim')).toBe("Claim");
    // A "<" that opens no tag is text.
    expect(toPlainText("Inflation < 2% & rising")).toBe("Inflation < 2% & rising");
  });

  it("drops controls and bidi overrides and isolates, keeps the marks right-to-left text needs", () => {
    const rlo = "\u202e";
    const isolate = "\u2066";
    expect(toPlainText(`Price ${rlo}gnp.exe${"\u202c"} ok`)).toBe("Price gnp.exe ok");
    expect(toPlainText(`a${isolate}b\u2069c`)).toBe("abc");
    expect(toPlainText("\u05e9\u05dc\u05d5\u05dd\u200f!\u200e x\u061c")).toBe("\u05e9\u05dc\u05d5\u05dd\u200f!\u200e x\u061c");
    expect(toPlainText("a\u0000b\u0007c\u0085d\u200be\ufefff")).toBe("a b c def");
  });

  it("composes to NFC and collapses every kind of space", () => {
    expect(toPlainText("Cafe\u0301\t\n\u00a0 au\u2028lait  ")).toBe("Café au lait");
    expect(toPlainText("\ud800 lone")).toBe("\ufffd lone");
  });

  it("is idempotent, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (raw) => {
        const once = toPlainText(raw);
        expect(toPlainText(once)).toBe(once);
        expect(once).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]|^\s|\s$|\s\s/);
      }),
    );
  });
});

describe("the claim key", () => {
  it("folds case, spacing and compatibility forms, and nothing else", () => {
    const key = claimKey("The moon is made of cheese");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(claimKey("  the MOON is\u00a0made   of cheese ")).toBe(key);
    expect(claimKey("The ｍｏｏｎ is made of cheese")).toBe(key);
    expect(claimKey("The moon is made of chalk")).not.toBe(key);
  });
});

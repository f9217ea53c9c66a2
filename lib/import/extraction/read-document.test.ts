import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";

describe("readDocument", () => {
  it.each([
    ["a fragment", "<p>one</p><script>x()</script><p>two</p>"],
    ["a fragment after a doctype", "<!doctype html><title>T</title><p>one</p><p>two</p>"],
    ["an <html> with a <head> and no <body>", '<html lang="en"><head><title>T</title></head><p>one</p><p>two</p></html>'],
    ["a whole document", "<!DOCTYPE html><html><head><title>T</title></head><body><p>one</p><p>two</p></body></html>"],
  ])("puts the content of %s in its body, in order", (_case, html) => {
    const document = readDocument(html);
    expect([...document.body.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["one", "two"]);
    expect(document.querySelector("title")?.textContent ?? "T").toBe("T");
  });

  it("keeps the root's attributes", () => {
    expect(readDocument('<html lang="cy"><head></head><p>Bore da</p></html>').documentElement.getAttribute("lang")).toBe("cy");
  });
});

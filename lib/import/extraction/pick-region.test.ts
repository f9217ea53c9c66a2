import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { pickRegion } from "./pick-region";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const regionOf = (bodyHtml: string) => {
  const { document } = parseHTML(`<html><body>${bodyHtml}</body></html>`);
  const region = pickRegion(document.body as unknown as Element);
  return region.getAttribute("id") ?? region.localName;
};

describe("pickRegion", () => {
  it("takes the smallest container marked as content that holds most of the words", () => {
    expect(regionOf(`<main id="m"><article id="a"><p>${words(80)}</p></article><p>${words(10)}</p></main><p>${words(5)}</p>`)).toBe("a");
    expect(regionOf(`<main id="m"><div itemprop="articleBody" id="ab"><p>${words(80)}</p></div></main>`)).toBe("ab");
  });

  it("takes <main> when the story is spread over several <article> entries, as a live blog's is", () => {
    expect(regionOf(`<main id="m">${`<article><p>${words(30)}</p></article>`.repeat(4)}</main>`)).toBe("m");
  });

  it("takes the body when nothing is marked as content, or a marked container holds too little", () => {
    expect(regionOf(`<div><p>${words(80)}</p></div>`)).toBe("body");
    expect(regionOf(`<article id="a"><p>${words(20)}</p></article><div><p>${words(80)}</p></div>`)).toBe("body");
  });
});

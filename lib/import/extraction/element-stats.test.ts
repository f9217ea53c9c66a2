import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { countTextWords, linkDensity, measureTree } from "./element-stats";

function measured(html: string, selector: string) {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const stats = measureTree(document.body as unknown as Element);
  return stats.get(document.querySelector(selector) as unknown as Element)!;
}

describe("measureTree", () => {
  it("counts characters without whitespace, and those inside links", () => {
    const stats = measured('<div id="x"><a href="/login">Login</a> · <a href="/logout">Log Out</a></div>', "#x");
    expect(stats).toMatchObject({ chars: 12, linkChars: 11, words: 3, otherPageLinks: 2 });
    expect(linkDensity(stats)).toBeCloseTo(11 / 12);
  });

  it("counts the words in paragraphs apart", () => {
    expect(measured('<div id="x"><h2>Two words</h2><p>Three more words</p><span>and one</span></div>', "#x")).toMatchObject({
      words: 7,
      paragraphWords: 3,
    });
  });

  it("counts subheadings that link to another page as teaser headings, not the page's own headline or in-page links", () => {
    const html =
      '<div id="x"><h1><a href="/self">Headline</a></h1><a href="/a"><h3>Card one</h3></a><h3><a href="/b">Card two</a></h3><h3><a href="#entry-1">06:02</a></h3></div>';
    expect(measured(html, "#x")).toMatchObject({ teaserHeadings: 2 });
  });

  it("gives an element with no text a link density of 0", () => {
    expect(linkDensity(measured('<div id="x"><img src="a.png"></div>', "#x"))).toBe(0);
  });
});

describe("countTextWords", () => {
  it("counts words text node by text node, so blocks that touch are not joined", () => {
    const { document } = parseHTML("<html><body><nav><a href='/'>Home page</a></nav><p>One more</p><p>paragraph.</p></body></html>");
    expect(countTextWords(document.body as unknown as Node)).toBe(5);
    expect(document.body.textContent).toBe("Home pageOne moreparagraph.");
  });
});

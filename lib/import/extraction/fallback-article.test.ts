import { describe, expect, it } from "vitest";
import { fallbackArticle } from "./fallback-article";
import { readDocument } from "./read-document";

const sentence = (n: number) => `Sentence ${n} of the story says what the council decided and why it matters to residents.`;
const story = (count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(i + 1)}</p>`).join("");
const textOf = (bodyHtml: string, articleBody: string | null = null) =>
  fallbackArticle(readDocument(`<html><body>${bodyHtml}</body></html>`), articleBody);

describe("fallbackArticle", () => {
  it("reads the container marked as content, without the chrome inside it", () => {
    const text = textOf(
      `<header><a href="/">Paper</a></header><main><div class="crumbs"><a href="/">Home</a> / <a href="/news">News</a></div>${story(3)}` +
        '<div class="read-next"><h2>Read next</h2><div><a href="/x"><h3>Another story</h3></a></div></div></main>',
    );
    expect(text).toBe([1, 2, 3].map(sentence).join("\n\n"));
  });

  it("lets Readability narrow a page with no container marked as content to its story", () => {
    const text = textOf(
      `<div id="story">${story(4)}</div><div class="col"><div>Call our advertising team on 0123 456 789 today.</div></div>`,
    );
    expect(text).toBe([1, 2, 3, 4].map(sentence).join("\n\n"));
  });

  it("takes the publisher's articleBody when the page shows much less of the story", () => {
    const articleBody = [1, 2, 3].map(sentence).join("\n\n");
    expect(textOf('<div id="app"><p>Loading…</p></div>', articleBody)).toBe([1, 2, 3].map(sentence).join("\n\n"));
  });

  it("keeps the page's own text when articleBody is only a teaser of it", () => {
    expect(textOf(`<article>${story(4)}</article>`, sentence(1))).toBe([1, 2, 3, 4].map(sentence).join("\n\n"));
  });
});

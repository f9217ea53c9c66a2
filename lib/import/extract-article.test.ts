import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { normaliseText } from "./normalise-text";
import { readPageFixtures } from "./scoring/page-fixtures";
import { tokenScores } from "./scoring/token-scores";
import { canonicalViolations } from "./test-support";

const fixtures = readPageFixtures();

describe("extractArticle on saved pages", () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))("%s: the article and its metadata", (_name, { html, expected }) => {
    const page = extractArticle(html, null);
    expect(page.extraction).toBe(expected.extraction);
    expect(canonicalViolations(page.text)).toEqual([]);
    expect(page.metadata).toEqual({
      title: expected.title,
      byline: expected.byline,
      publisher: expected.publisher,
      publishedOn: expected.publishedOn,
      canonicalUrl: expected.canonicalUrl,
      language: expected.language,
    });
    if (expected.text !== null) {
      const { precision, recall } = tokenScores(page.text, normaliseText(expected.text));
      // The targets: boilerplate under 5 % of the imported words, recall at least 98 %.
      expect(precision).toBeGreaterThanOrEqual(0.95);
      expect(recall).toBeGreaterThanOrEqual(0.98);
      // Paragraphs stay paragraphs.
      expect(page.text.split("\n\n").length).toBeGreaterThanOrEqual(normaliseText(expected.text).split("\n\n").length - 1);
    }
  });

  it("keeps none of the page's comments, share buttons, related links or hidden elements", () => {
    const { text } = extractArticle(fixtures.find((f) => f.name === "news-with-sidebars")!.html, null);
    for (const boilerplate of [
      "Reply",
      "Share on Facebook",
      "Most read",
      "Related stories",
      "ad blocker",
      "cookies",
      "Subscribe now",
      "Read more",
    ])
      expect(text).not.toContain(boilerplate);
  });
});

describe("extractArticle", () => {
  const paragraph = "The minister said the figures would be revised next year, and that the gap was smaller than claimed. ";
  const article = (extra: string) =>
    `<html><head><title>Story | Paper</title></head><body><article><h1>Story</h1><p>${paragraph.repeat(4)}</p>${extra}<p>${paragraph.repeat(3)}</p></article></body></html>`;

  it("never lets scripts, styles, hidden or aria-hidden elements into the text", () => {
    const { text, extraction } = extractArticle(
      article(
        '<script>LEAK1()</script><style>.x{}</style><p hidden>LEAK2</p><p aria-hidden="true">LEAK3</p><p style="display: none">LEAK4</p><template><p>LEAK5</p></template><noscript>LEAK6</noscript>',
      ),
      null,
    );
    expect(extraction).toBe("article");
    expect(text).not.toMatch(/LEAK/);
  });

  it("keeps a list as a paragraph of bulleted lines, and leads with the headline", () => {
    const { text } = extractArticle(article("<ul><li>First point</li><li>Second point</li></ul>"), null);
    expect(text.startsWith("Story\n\n")).toBe(true);
    expect(text).toContain("\n\n• First point\n• Second point\n\n");
  });

  it("falls back to the whole page when there is no article, and says so", () => {
    const page = extractArticle("<html><body><nav>Menu</nav><p>Just a short note.</p><footer>Foot</footer></body></html>", null);
    expect(page).toMatchObject({ extraction: "whole-page", text: "Just a short note." });
  });

  it("resolves a relative canonical link against the page's address", () => {
    const page = extractArticle(article('<link rel="canonical" href="/news/story">'), "https://paper.example/a/b?x=1");
    expect(page.metadata.canonicalUrl).toBe("https://paper.example/news/story");
  });
});

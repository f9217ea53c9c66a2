import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { normaliseText } from "./normalise-text";
import { readPageFixtures } from "./scoring/page-fixtures";
import { tokenScores } from "./scoring/token-scores";
import { canonicalViolations } from "./test-support";

const fixtures = readPageFixtures();
const fixture = (name: string) => fixtures.find((f) => f.name === name)!.html;
/** The imported text of a page the extractor must accept. */
function textOf(html: string): string {
  const page = extractArticle(html, null);
  if (!page.ok) throw new Error(`refused: ${page.message}`);
  return page.text;
}

describe("extractArticle on saved pages", () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))("%s: the article and its metadata", (_name, { html, expected }) => {
    const page = extractArticle(html, null);
    expect(page.metadata).toEqual({
      title: expected.title,
      byline: expected.byline,
      publisher: expected.publisher,
      publishedOn: expected.publishedOn,
      canonicalUrl: expected.canonicalUrl,
      language: expected.language,
    });
    if (expected.text === null) {
      // Nothing credible: refused with a message, never the page's menus as an article.
      expect(page).toMatchObject({ ok: false, message: expect.stringMatching(/paste/) });
      return;
    }
    if (!page.ok) throw new Error(`refused: ${page.message}`);
    expect(page.extraction).toBe(expected.extraction);
    expect(canonicalViolations(page.text)).toEqual([]);
    const { precision, recall } = tokenScores(page.text, normaliseText(expected.text));
    // The targets: boilerplate under 5 % of the imported words, recall at least 98 %. The
    // held-out pages were written after the rules, to measure them rather than tune them: for them,
    // no page under 0.8 (the issue counted 27 of 181 pages below that).
    expect(precision).toBeGreaterThanOrEqual(expected.set === "held-out" ? 0.8 : 0.95);
    expect(recall).toBeGreaterThanOrEqual(0.98);
    // Paragraphs stay paragraphs.
    expect(page.text.split("\n\n").length).toBeGreaterThanOrEqual(normaliseText(expected.text).split("\n\n").length - 1);
  });

  it.each(fixtures.filter(({ expected }) => expected.absent).map((fixture) => [fixture.name, fixture.expected.absent!] as const))(
    "%s: none of the site's menus, share rows, breadcrumbs, comments or notices",
    (name, chrome) => {
      const text = textOf(fixture(name));
      for (const boilerplate of chrome) expect(text).not.toContain(boilerplate);
    },
  );
});

describe("extractArticle", () => {
  const paragraph = "The minister said the figures would be revised next year, and that the gap was smaller than claimed. ";
  const article = (extra: string) =>
    `<html><head><title>Story | Paper</title></head><body><article><h1>Story</h1><p>${paragraph.repeat(4)}</p>${extra}<p>${paragraph.repeat(3)}</p></article></body></html>`;

  it("never lets scripts, styles, hidden or aria-hidden elements into the text", () => {
    const page = extractArticle(
      article(
        '<script>LEAK1()</script><style>.x{}</style><p hidden>LEAK2</p><p aria-hidden="true">LEAK3</p><p style="display: none">LEAK4</p><template><p>LEAK5</p></template><noscript>LEAK6</noscript>',
      ),
      null,
    );
    expect(page).toMatchObject({ ok: true, extraction: "article" });
    expect(page.ok && page.text).not.toMatch(/LEAK/);
  });

  it("keeps a list as a paragraph of bulleted lines, and leads with the headline", () => {
    const text = textOf(article("<ul><li>First point</li><li>Second point</li></ul>"));
    expect(text.startsWith("Story\n\n")).toBe(true);
    expect(text).toContain("\n\n• First point\n• Second point\n\n");
  });

  it("keeps the chrome out whichever extractor a page gets: a story one paragraph longer passes Readability's pre-check", () => {
    const longer = fixture("news-brief-heavy-chrome").replace(
      '<div data-component="text-block"><p><b>',
      '<div data-component="text-block"><p>The ferry operator said twelve boats would be inspected this week, and that services could resume by the weekend.</p></div><div data-component="text-block"><p><b>',
    );
    const page = extractArticle(longer, null);
    expect(page).toMatchObject({ ok: true, extraction: "article" });
    if (!page.ok) return;
    for (const boilerplate of fixtures.find((f) => f.name === "news-brief-heavy-chrome")!.expected.absent!)
      expect(page.text).not.toContain(boilerplate);
    expect(page.text).toContain("The ferry operator said twelve boats would be inspected this week");
  });

  it("takes a short note from a page with little chrome through the fallback, without the menu", () => {
    const page = extractArticle("<html><body><nav>Menu</nav><p>Just a short note.</p><footer>Foot</footer></body></html>", null);
    expect(page).toMatchObject({ ok: true, extraction: "fallback", text: "Just a short note." });
  });

  it("takes a bare document (nothing but its own text) as it is, however short", () => {
    const page = extractArticle("<html><body><h1>Upload</h1><p>First paragraph.</p><p>Second paragraph.</p></body></html>", null);
    expect(page).toMatchObject({ ok: true, extraction: "fallback", text: "Upload\n\nFirst paragraph.\n\nSecond paragraph." });
  });

  it("refuses a sign-in wall, and says why", () => {
    const page = extractArticle(fixture("login-wall"), null);
    expect(page).toMatchObject({ ok: false, reason: "GATED", message: expect.stringMatching(/sign in or subscribe.*paste/i) });
  });

  it("refuses an index of links, and says why", () => {
    const page = extractArticle(fixture("topic-index"), null);
    expect(page).toMatchObject({ ok: false, reason: "NO_ARTICLE_FOUND", message: expect.stringMatching(/menus, links.*paste/i) });
  });

  it("resolves a relative canonical link against the page's address", () => {
    const page = extractArticle(article('<link rel="canonical" href="/news/story">'), "https://paper.example/a/b?x=1");
    expect(page.metadata.canonicalUrl).toBe("https://paper.example/news/story");
  });
});

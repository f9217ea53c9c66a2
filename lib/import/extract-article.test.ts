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

  it("keeps none of the page's comments, share buttons, related links or hidden elements", () => {
    const text = textOf(fixture("news-with-sidebars"));
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

  it.each([
    [
      "news-brief-heavy-chrome",
      [
        "Skip to content",
        "Accessibility Help",
        "PBN Account",
        "Notifications",
        "Middle East",
        "cookies",
        "More on this story",
        "Most read",
      ],
    ],
    ["list-menus-no-nav", ["Skip to content", "Middle East", "Login", "Log Out", "Share this", "WhatsApp", "Courts", "Most Read", "Tags"]],
    ["main-without-article", ["Home / Rail", "LinkedIn", "Trending", "Read next", "Sign up free", "comments", "Ethics policy"]],
    ["blog-post-widgets", ["Skip to content", "Posted in", "Tagged", "Post navigation", "Recent Posts", "Reply", "Proudly powered"]],
    ["french-short-news", ["Aller au contenu", "cookies", "Accueil", "WhatsApp", "Lire aussi", "À la une", "Mentions légales"]],
  ])("%s: the short article without the site's menus, share rows, breadcrumbs or notices", (name, chrome) => {
    const text = textOf(fixture(name));
    for (const boilerplate of chrome) expect(text).not.toContain(boilerplate);
  });
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

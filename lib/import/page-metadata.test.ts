import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { headline, readPageMetadata } from "./page-metadata";

const read = (head: string, body = "", lang = "") =>
  readPageMetadata(
    parseHTML(`<html${lang}><head>${head}</head><body>${body}</body></html>`).document as unknown as Document,
    "https://site.example/x",
  );

describe("headline", () => {
  it.each([
    ["Big story | The Paper", "The Paper", null, "Big story"],
    ["The Paper - Big story", "The Paper", null, "Big story"],
    ["Big story – The Paper Online", "The Paper", null, "Big story"],
    ["Jo Bloggs: Big story about things", null, "Big story about things", "Big story about things"],
    ["Big story | Politics | Paper", null, null, "Big story – Politics"],
    ["A headline with - a dash inside it", null, "A headline with - a dash inside it", "A headline with - a dash inside it"],
    ["Plain headline", "The Paper", null, "Plain headline"],
  ])("%s → %s", (title, publisher, h1, expected) => {
    expect(headline(title, publisher, h1)).toBe(expected);
  });
});

describe("readPageMetadata", () => {
  it("prefers JSON-LD's article over meta tags, looking inside @graph", () => {
    const ld = JSON.stringify({
      "@graph": [
        { "@type": "WebPage", name: "Not this" },
        {
          "@type": ["NewsArticle"],
          headline: "From JSON-LD",
          datePublished: "2024-03-05T23:30:00-05:00",
          author: [{ name: "Ann" }, { name: "Bo" }],
          publisher: { name: "LD Paper" },
        },
      ],
    });
    expect(read(`<script type="application/ld+json">${ld}</script><meta property="og:title" content="From og">`)).toMatchObject({
      title: "From JSON-LD",
      byline: "Ann, Bo",
      publisher: "LD Paper",
      // The publisher's own date, not converted to UTC (which would be the 6th).
      publishedOn: "2024-03-05",
    });
  });

  it("reads the headline from the <h1> without a script or style inside it", () => {
    // Found by the property test: the headline leads the imported text, so a script's text would have come with it.
    expect(read("", "<h1>Budget <script>alert(1)</script><style>h1{}</style>cut</h1>").title).toBe("Budget cut");
  });

  it("skips a broken JSON-LD block and reads the next", () => {
    const good = JSON.stringify({ "@type": "Article", headline: "Good one" });
    expect(read(`<script type="application/ld+json">{ broken</script><script type="application/ld+json">${good}</script>`).title).toBe(
      "Good one",
    );
  });

  it("reads meta tags, <time>, the canonical link and the language", () => {
    expect(
      read(
        '<title>Fallback | Site</title><meta property="og:site_name" content="Site"><meta name="author" content="Cy Dee"><link rel="canonical" href="/canon">',
        '<time datetime="2023-11-02T10:00">2 Nov</time>',
        ' lang="EN-gb"',
      ),
    ).toEqual({
      title: "Fallback",
      byline: "Cy Dee",
      publisher: "Site",
      publishedOn: "2023-11-02",
      canonicalUrl: "https://site.example/canon",
      language: "en-gb",
    });
  });

  it("refuses what is not a date, not an http(s) address or not a language tag", () => {
    expect(
      read(
        '<meta property="article:published_time" content="2024-02-31"><link rel="canonical" href="javascript:alert(1)">',
        "",
        ' lang="not a language"',
      ),
    ).toMatchObject({ publishedOn: null, canonicalUrl: null, language: null });
  });
});

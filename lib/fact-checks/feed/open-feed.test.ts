import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClaimReviewJson } from "@/lib/exports/claim-review";
import { plainModel } from "@/lib/exports/test-fixtures";
import { MAX_ITEM_DEPTH } from "../limits";
import { claimReviewNode, dataFeed, readFeed } from "../test-support";

const page = fs.readFileSync(new URL("../fixtures/fact-check-page.html", import.meta.url), "utf8");
const json = (value: unknown) => JSON.stringify(value);
const urls = (readout: Awaited<ReturnType<typeof readFeed>>) => readout.entries.map((e) => e.entry.url);

describe("JSON feeds", () => {
  it("reads a DataFeed, one or many ClaimReviews per DataFeedItem, numbering items by position", async () => {
    const feed = dataFeed([claimReviewNode(1), [claimReviewNode(2), claimReviewNode(3)], { "@type": "NewsArticle" }, claimReviewNode(4)]);
    const readout = await readFeed(json(feed), "feed.json");
    expect(readout.format).toBe("json");
    expect(readout.entries.map((e) => e.position)).toEqual(["item 1", "item 2.1", "item 2.2", "item 4"]);
    expect(readout.refused).toEqual([{ position: "item 3", reason: "it holds no ClaimReview (it is DataFeedItem)." }]);
    expect(readout.stop).toBeNull();
  });

  it("reads a list of ClaimReviews, a single one, JSON Lines, a graph, and a DataFeed inside a graph", async () => {
    expect(urls(await readFeed(json([claimReviewNode(1), claimReviewNode(2)])))).toHaveLength(2);
    expect(urls(await readFeed(json(claimReviewNode(9))))).toEqual(["https://factcheck.example/reviews/9"]);
    expect(urls(await readFeed(`${json(claimReviewNode(1))}\n${json(claimReviewNode(2))}\n`))).toHaveLength(2);
    const graph = { "@context": "https://schema.org", "@graph": [claimReviewNode(5), dataFeed([claimReviewNode(6), claimReviewNode(7)])] };
    const readout = await readFeed(json(graph));
    expect(urls(readout)).toEqual([5, 6, 7].map((n) => `https://factcheck.example/reviews/${n}`));
    expect(readout.entries.map((e) => e.position)).toEqual(["item 1", "item 2", "item 3"]);
    expect(urls(await readFeed(json([[claimReviewNode(1)], [[claimReviewNode(2)]]])))).toHaveLength(2);
  });

  it("reads our own ClaimReview export, and refuses a claim exported before its report was published", async () => {
    const published = await readFeed(renderClaimReviewJson(plainModel()), "article-claimreview.json");
    expect(published.entries.map((e) => e.entry)).toEqual([
      expect.objectContaining({
        url: "https://factmark.example/r/token123#finding-claim1",
        claimReviewed: "Unemployment fell to 4.1 per cent in 2025.",
        ratingName: "Mostly true",
        ratingValue: 4,
        publisherName: "Factmark Desk",
        datePublished: "2026-11-02",
        appearanceUrl: "https://news.example/story",
      }),
      expect.objectContaining({ ratingName: "Unverifiable", ratingValue: null }),
    ]);
    const draft = await readFeed(renderClaimReviewJson(plainModel({ publicUrl: null })));
    expect(draft.refused.map((r) => r.reason)).toEqual([
      "url is missing: a fact-check is kept by the address it was published at.",
      "url is missing: a fact-check is kept by the address it was published at.",
    ]);
  });

  it("refuses items of the wrong type and keeps the good ones", async () => {
    const readout = await readFeed(
      json([claimReviewNode(1), "text", 12, null, [], { "@type": "ClaimReview", claimReviewed: ["a"], url: {} }]),
    );
    expect(urls(readout)).toEqual(["https://factcheck.example/reviews/1"]);
    expect(readout.refused).toEqual([
      { position: "item 2", reason: "it is “text”, not a ClaimReview object." },
      { position: "item 3", reason: "it is 12, not a ClaimReview object." },
      { position: "item 4", reason: "it is null, not a ClaimReview object." },
      { position: "item 5", reason: "url must be a web address, not an object." },
    ]);
  });

  it("refuses a huge item and a deeply nested one on their own, and reads on", async () => {
    const huge = claimReviewNode(2, { claimReviewed: "x".repeat(300 * 1024) });
    let deep: unknown = "bottom";
    for (let level = 0; level < MAX_ITEM_DEPTH + 5; level++) deep = { nested: deep };
    const readout = await readFeed(json([claimReviewNode(1), huge, claimReviewNode(3, { extra: deep }), claimReviewNode(4)]));
    expect(urls(readout)).toEqual([1, 4].map((n) => `https://factcheck.example/reviews/${n}`));
    expect(readout.refused).toEqual([
      { position: "item 2", reason: "it is larger than 256 KB of JSON." },
      { position: "item 3", reason: `it is nested more than ${MAX_ITEM_DEPTH} levels deep.` },
    ]);
  });

  it("stops at nesting no feed has, or a value no feed needs, without a crash", async () => {
    const depth = 200_000;
    const deep = await readFeed(`[${json(claimReviewNode(1))},${"[".repeat(depth)}${"]".repeat(depth)}]`);
    expect(urls(deep)).toHaveLength(1);
    expect(deep.stop).toMatch(
      /^The JSON is nested more than 512 levels deep between characters [\d,]+ and [\d,]+: it cannot be read further\.$/,
    );
    const long = await readFeed(`[${json(claimReviewNode(1))}, "${"a".repeat(1_100_000)}"]`);
    expect(long.stop).toMatch(/single value longer than 1 M characters/);
  });

  it("stops where JSON is cut short or broken, and keeps what came before", async () => {
    const text = json([claimReviewNode(1), claimReviewNode(2), claimReviewNode(3)]);
    const truncated = await readFeed(text.slice(0, text.lastIndexOf("{") + 40));
    expect(urls(truncated)).toHaveLength(2);
    expect(truncated.stop).toBe("The JSON ends before it is complete: the file may have been cut short.");
    // The tokenizer is fed 1 KB at a time: an item that ends a slice or more before the break is kept.
    const broken = await readFeed(`[${json(claimReviewNode(1))}, ${json(claimReviewNode(2))}, {"url": oops}]`);
    expect(urls(broken)).toContain("https://factcheck.example/reviews/1");
    expect(broken.stop).toMatch(/^The JSON is not valid between characters [\d,]+ and [\d,]+ \(.+\)\.$/);
  });

  it("reads the same whatever the chunks: split inside strings, keys and UTF-8 characters", async () => {
    const bytes = Buffer.from(json(dataFeed([claimReviewNode(1, { claimReviewed: "Ελληνικά — 東京 — 👍🏽 claim" }), claimReviewNode(2)])));
    const whole = await readFeed(bytes);
    const pieces = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const chunked = await readFeed(pieces);
    expect(chunked.entries).toEqual(whole.entries);
    expect(chunked.entries[0]!.entry.claimReviewed).toBe("Ελληνικά — 東京 — 👍🏽 claim");
    expect(chunked.bytes).toBe(bytes.length);
  });

  it("treats __proto__ and constructor keys as data", async () => {
    const readout = await readFeed(`[{"__proto__": {"polluted": true}, "constructor": 1, ${json(claimReviewNode(1)).slice(1)}]`);
    expect(urls(readout)).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("text encodings and what is not a feed", () => {
  it("drops a UTF-8 byte order mark and reads UTF-16 with its byte order mark", async () => {
    expect(urls(await readFeed(`\ufeff${json([claimReviewNode(1)])}`))).toHaveLength(1);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json([claimReviewNode(2)]), "utf16le")]);
    expect(urls(await readFeed(utf16))).toEqual(["https://factcheck.example/reviews/2"]);
  });

  it("stops at the first byte that is not UTF-8, keeping the items before it", async () => {
    const good = Buffer.from(`[${json(claimReviewNode(1))},`);
    const readout = await readFeed([good, Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x5d])]);
    expect(urls(readout)).toHaveLength(1);
    expect(readout.stop).toBe(
      `The file is not UTF-8 text: bytes after byte ${good.length.toLocaleString("en")} are not valid UTF-8. Save it as UTF-8 and import it again.`,
    );
    expect((await readFeed(Buffer.from([0xe9, 0x74, 0xe9]), "latin1.csv")).stop).toMatch(/^The file is not UTF-8 text/);
    // Cut in the middle of a character, in CSV: the parser ends with the decoder's reason, not a hang.
    const cut = await readFeed(
      [Buffer.from("claimReviewed,url\nA claim,https://a.example/1\n"), Buffer.from([0x42, 0xe2, 0x82])],
      "cut.csv",
    );
    expect(cut.entries).toHaveLength(1);
    expect(cut.stop).toBe("The file ends in the middle of a UTF-8 character: it may have been cut short.");
  });

  it("says why it reads nothing: empty, blank, binary, XML, or not a feed", async () => {
    expect((await readFeed("")).stop).toBe("The file is empty.");
    expect((await readFeed(" \n\t ")).stop).toBe("The file is empty.");
    expect((await readFeed(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).stop).toBe(
      "This is not a text file: the library reads JSON, HTML and CSV.",
    );
    expect((await readFeed('<?xml version="1.0"?><rss/>')).stop).toMatch(/^This is XML/);
    expect((await readFeed("just some words")).stop).toMatch(/^This is not a format the library reads/);
  });
});

describe("a fact-check page's HTML", () => {
  it("finds the ClaimReviews anywhere in its JSON-LD, in page order, and ignores the other nodes and scripts", async () => {
    const readout = await readFeed(page, "page.html");
    expect(readout.format).toBe("html");
    expect(readout.refused).toEqual([]);
    expect(readout.entries).toEqual([
      {
        position: "item 1",
        entry: expect.objectContaining({
          url: "https://verif.example/2024/04/tour-eiffel-vendue",
          claimReviewed: "La Tour Eiffel a été vendue à un milliardaire & démontée",
          headline: "Non, la Tour Eiffel n’a pas été vendue",
          language: "fr",
          ratingName: "Faux",
          ratingValue: 1,
          publisherName: "Vérif’ Exemple",
          claimAuthor: "Un compte anonyme",
          appearanceUrl: "https://social.example/p/eiffel",
          datePublished: "2024-04-02",
        }),
      },
      { position: "item 2", entry: expect.objectContaining({ url: "https://verif.example/2024/04/autre", ratingName: "Trompeur" }) },
    ]);
  });

  it("refuses a script that is not JSON and reads the others", async () => {
    const html = `<html><script type="application/ld+json">{"@type": "ClaimReview", oops}</script>${page.slice(page.indexOf("<body>"))}`;
    const readout = await readFeed(html);
    expect(readout.refused).toEqual([{ position: "script 1 (JSON-LD)", reason: expect.stringMatching(/^The JSON is not valid/) }]);
    expect(urls(readout)).toEqual(["https://verif.example/2024/04/autre"]);
  });

  it("refuses a script larger than any page needs, and reads the others", async () => {
    const huge = `<script type="application/ld+json">${JSON.stringify({ "@type": "WebPage", text: "x".repeat(4.2 * 1024 * 1024) })}</script>`;
    const readout = await readFeed(page.replace("<body>", `<body>${huge}`));
    expect(readout.refused).toEqual([{ position: "script 3 (JSON-LD)", reason: "it is larger than 4 MB." }]);
    expect(urls(readout)).toHaveLength(2);
  });

  it("stops with a reason when the page has no ClaimReview", async () => {
    expect((await readFeed("<html><body><p>No markup</p></body></html>")).stop).toBe(
      'The page has no JSON-LD (<script type="application/ld+json">), so no ClaimReview to import (microdata and RDFa are not read).',
    );
    expect((await readFeed('<html><script type="application/ld+json">{"@type":"WebSite"}</script></html>')).stop).toBe(
      "The page's JSON-LD (one script) holds no ClaimReview: nothing to import.",
    );
  });
});

describe("CSV with ClaimReview columns", () => {
  const header = "claimReviewed,url,reviewRating.alternateName,reviewRating.ratingValue,author.name,datePublished,itemReviewed.author.name";

  it("reads rows by their column names, numbering them by line", async () => {
    const csv = `${header}\n"Crime doubled, says post",https://a.example/1,False,1,Checkers,2024-01-02,Someone\nSecond claim,https://a.example/2,,,,,\n`;
    const readout = await readFeed(csv, "library.csv");
    expect(readout.format).toBe("csv");
    expect(readout.entries).toEqual([
      {
        position: "row 2",
        entry: expect.objectContaining({
          claimReviewed: "Crime doubled, says post",
          ratingName: "False",
          ratingValue: 1,
          publisherName: "Checkers",
          datePublished: "2024-01-02",
          claimAuthor: "Someone",
        }),
      },
      { position: "row 3", entry: expect.objectContaining({ claimReviewed: "Second claim", ratingName: null, publisherName: null }) },
    ]);
  });

  it("takes semicolons and tabs, a byte order mark, any case of column names, and says which columns it left out", async () => {
    const semicolons = await readFeed("\ufeffCLAIMREVIEWED;URL;Notes\nUne affirmation;https://a.example/fr;interne\n");
    expect(semicolons.entries.map((e) => e.entry.claimReviewed)).toEqual(["Une affirmation"]);
    expect(semicolons.notices).toEqual(["Columns the library does not read were left out: Notes."]);
    const tabs = await readFeed("claimReviewed\turl\nA claim\thttps://a.example/t\n", "x.tsv");
    expect(tabs.entries).toHaveLength(1);
  });

  it("keeps hostile cells as plain text: formulas, HTML, right-to-left marks and overrides", async () => {
    const csv = `claimReviewed,url,headline\n"=cmd|' /C calc'!A0",https://a.example/f,"<b>Bold</b> &amp; \u202eoverride"\n"\u05d4\u05d8\u05e2\u05e0\u05d4 \u200f!",https://a.example/rtl,@SUM(1)\n`;
    const readout = await readFeed(csv, "hostile.csv");
    expect(readout.entries.map((e) => [e.entry.claimReviewed, e.entry.headline])).toEqual([
      ["=cmd|' /C calc'!A0", "Bold & override"],
      ["\u05d4\u05d8\u05e2\u05e0\u05d4 \u200f!", "@SUM(1)"],
    ]);
  });

  it("refuses a row it cannot read or that has too many values, and reads on", async () => {
    const csv = `claimReviewed,url\nGood one,https://a.example/1\nToo,many,values\nNo address,\nLast,https://a.example/2\n`;
    const readout = await readFeed(csv, "rows.csv");
    expect(readout.entries.map((e) => e.position)).toEqual(["row 2", "row 5"]);
    expect(readout.refused).toEqual([
      { position: "row 3", reason: "it has 3 values for 2 columns." },
      { position: "row 4", reason: "url is missing: a fact-check is kept by the address it was published at." },
    ]);
    const quote = await readFeed(`claimReviewed,url\n"bad"x,https://a.example/q\n`, "quote.csv");
    expect(quote.refused).toEqual([
      { position: "row 2", reason: expect.stringMatching(/^the CSV cannot be read here \(Invalid Closing Quote/) },
    ]);
  });

  it("stops when the columns the library needs are missing", async () => {
    expect((await readFeed("claim,link\na,b\n", "x.csv")).stop).toBe(
      "The CSV has no claimReviewed or url column. Its first row names the columns, among: claimReviewed, url, headline, reviewRating.alternateName, reviewRating.ratingValue, reviewRating.bestRating, reviewRating.worstRating, author.name, author.url, datePublished, inLanguage, itemReviewed.author.name, itemReviewed.datePublished, itemReviewed.appearance.url.",
    );
  });
});

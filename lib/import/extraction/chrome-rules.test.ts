import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chromeRule, hasChromeName, isChromeLandmark, isLinkList, nameWords } from "./chrome-rules";
import { measureTree } from "./element-stats";

function judge(html: string) {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const stats = measureTree(document.body as unknown as Element);
  const element = document.body.firstElementChild as unknown as Element;
  return { element, statsOf: (e: Element) => stats.get(e) };
}
const ruleFor = (html: string) => {
  const { element, statsOf } = judge(html);
  return chromeRule(element, statsOf);
};

describe("nameWords", () => {
  it("splits class names and ids into words, camelCase included", () => {
    expect(nameWords(judge('<div class="storyBody share_row" id="cookie-banner"></div>').element)).toEqual([
      "story",
      "body",
      "share",
      "row",
      "cookie",
      "banner",
    ]);
  });
});

describe("hasChromeName", () => {
  it.each(["site-nav", "breadcrumbs", "social-row", "pbn-cookies", "CybotCookiebotDialog", "orb-skip-link", "byline-block"])(
    "%s is chrome",
    (name) => expect(hasChromeName(judge(`<div class="${name}"></div>`).element)).toBe(true),
  );

  it.each(["story-body share-enabled", "main-content sidebar-layout", "txt", "navigator-review", "adverb"])("%s is not", (name) =>
    expect(hasChromeName(judge(`<div class="${name}"></div>`).element)).toBe(false),
  );
});

describe("isChromeLandmark", () => {
  it("knows navigation, banners, footers, complementary boxes and dialogs by element or role", () => {
    for (const html of [
      "<nav></nav>",
      "<aside></aside>",
      "<footer></footer>",
      '<div role="navigation"></div>',
      '<div role="banner"></div>',
      '<div role="dialog"></div>',
      '<div aria-modal="true"></div>',
    ])
      expect(isChromeLandmark(judge(html).element)).toBe(true);
    for (const html of ["<header></header>", "<section></section>", '<div role="main"></div>', "<article></article>"])
      expect(isChromeLandmark(judge(html).element)).toBe(false);
  });
});

describe("isLinkList", () => {
  it("takes a breadcrumb trail ending in the page's own title for a list of links", () => {
    const { element, statsOf } = judge(
      '<ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li><li>Council approves 40 homes on former bus depot site</li></ol>',
    );
    expect(isLinkList(element, statsOf)).toBe(true);
  });

  it("leaves an article's bullet list with a link in one item", () => {
    const { element, statsOf } = judge(
      '<ul><li>Rents rose 9 per cent</li><li>Wages rose 4 per cent, <a href="/ons">the ONS said</a></li><li>Prices rose 3 per cent</li></ul>',
    );
    expect(isLinkList(element, statsOf)).toBe(false);
  });
});

describe("chromeRule", () => {
  it("names the rule that makes an element chrome", () => {
    expect(ruleFor('<div class="tl"><a href="/">Home</a> · <a href="/news">News</a> · <a href="/news/africa">Africa</a></div>')).toBe(
      "link-cluster",
    );
    expect(ruleFor('<a href="#main">Skip to content</a>')).toBe("link-cluster");
    expect(ruleFor('<div class="card"><a href="/a"><h3>Storm warnings issued</h3></a><p>Heavy rain moves north.</p></div>')).toBe("teaser");
    expect(ruleFor('<p class="legal">© 2026 The Valley Gazette Ltd. Registered in England and Wales.</p>')).toBe("copyright");
    expect(ruleFor('<div class="x"><nav></nav></div>')).toBe(null);
  });

  it("leaves a paragraph with a link in its sentence", () => {
    expect(ruleFor('<p>The figures, <a href="/ons">published by the ONS on Tuesday</a>, show a fall in output.</p>')).toBe(null);
  });

  it("leaves a story longer than a teaser, though its subheading links elsewhere", () => {
    const sentence = "The council said the plan would be reviewed next year after complaints from residents. ";
    expect(ruleFor(`<div><h2><a href="/background">Background</a></h2><p>${sentence.repeat(6)}</p></div>`)).toBe(null);
  });
});

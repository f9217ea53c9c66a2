import { describe, expect, it } from "vitest";
import { MAX_BARE_PAGE_CHROME_WORDS, MIN_GATED_PROSE_WORDS, MIN_PROSE_WORDS, NO_ARTICLE_MESSAGES, noArticleReason } from "./credibility";

describe("noArticleReason", () => {
  it("accepts a short story amid a site's chrome when it has a few sentences of prose", () => {
    expect(noArticleReason({ proseWords: MIN_PROSE_WORDS, chromeWords: 900, isGated: false })).toBeNull();
  });

  it("refuses a page of menus and links with little prose", () => {
    expect(noArticleReason({ proseWords: MIN_PROSE_WORDS - 1, chromeWords: 300, isGated: false })).toBe("NO_ARTICLE_FOUND");
    expect(noArticleReason({ proseWords: 0, chromeWords: MAX_BARE_PAGE_CHROME_WORDS + 1, isGated: false })).toBe("NO_ARTICLE_FOUND");
  });

  it("takes a bare document of a few lines as it is", () => {
    expect(noArticleReason({ proseWords: 0, chromeWords: MAX_BARE_PAGE_CHROME_WORDS, isGated: false })).toBeNull();
  });

  it("refuses a sign-in wall showing a teaser, and accepts a gated page that shows the article", () => {
    expect(noArticleReason({ proseWords: MIN_GATED_PROSE_WORDS - 1, chromeWords: 0, isGated: true })).toBe("GATED");
    expect(noArticleReason({ proseWords: MIN_GATED_PROSE_WORDS, chromeWords: 500, isGated: true })).toBeNull();
  });

  it("words every refusal for the person importing, and offers pasting", () => {
    for (const message of Object.values(NO_ARTICLE_MESSAGES)) expect(message).toMatch(/paste it instead\.$/);
  });
});

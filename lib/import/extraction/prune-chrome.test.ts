import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { pruneChrome } from "./prune-chrome";

const story =
  "<p>Plans for 40 homes on the site of a former bus depot have been approved by councillors on Tuesday.</p>" +
  "<p>The scheme includes 12 affordable homes and a footpath to the riverside park, the council said.</p>";

function pruned(bodyHtml: string) {
  const { document } = parseHTML(`<html><body>${bodyHtml}</body></html>`);
  const result = pruneChrome(document.body as unknown as Element);
  return { html: document.body.innerHTML, text: document.body.textContent ?? "", result };
}

describe("pruneChrome", () => {
  it("removes skip links, list menus without <nav>, breadcrumbs and share rows, and says by which rule", () => {
    const { text, result } = pruned(
      '<a class="skip" href="#story">Skip to content</a>' +
        '<ul class="lvl1"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/jobs">Jobs</a></li></ul>' +
        '<div id="story"><ol class="trail"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Council approves homes</li></ol>' +
        `<div class="st-row"><span>Share this:</span> <a href="https://facebook.example/share">Facebook</a> <a href="mailto:?">Email</a></div>${story}</div>`,
    );
    expect(text).not.toMatch(/Skip|Sport|Home|Share|Facebook/);
    expect(text).toContain("Plans for 40 homes");
    expect(result.removed.map(({ rule }) => rule)).toEqual(["name", "link-cluster", "link-list", "link-cluster"]);
    expect(result.removedWords).toBe(15);
  });

  it("keeps a link inside a sentence with its sentence", () => {
    const { text } = pruned(
      `<div>${story}<p>The full plan, <a href="/plan.pdf">published on the council’s site</a>, runs to 80 pages.</p></div>`,
    );
    expect(text).toContain("The full plan, published on the council’s site, runs to 80 pages.");
  });

  it("looks into a wrapper holding most of the article whatever its name, rather than removing it", () => {
    const { text } = pruned(`<div class="page has-sidebar"><div class="sidebar"><p>Advertise with us today.</p></div>${story}</div>`);
    expect(text).toContain("Plans for 40 homes");
    expect(text).not.toContain("Advertise");
  });

  it("removes the heading left over a removed box, but not an article's subheading", () => {
    const { html } = pruned(
      `<div class="box"><h3>Most read</h3><ol><li><a href="/1">One story</a></li><li><a href="/2">Another story</a></li></ol></div>` +
        `<div><h2>Background</h2>${story}</div>`,
    );
    expect(html).not.toContain("Most read");
    expect(html).toContain("<h2>Background</h2>");
  });

  it("removes story cards and the cookie prompt", () => {
    const { text } = pruned(
      `<div id="pbn-cookies"><p>We use cookies to give you the best online experience.</p></div><div>${story}</div>` +
        '<div class="promo-list"><div><a href="/a"><h3>Storm warnings issued</h3></a><p>Rain moves north.</p></div></div>',
    );
    expect(text).not.toMatch(/cookies|Storm/);
  });
});

import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "@playwright/test";
import { startFixtureServer } from "./fixture-server";
import { formError, storageStateFor } from "./helpers";

// The fact-check library page: an editor uploads a DataFeed and reads what became of each item;
// importing it again adds nothing; a reviewer is refused on the page and by the route.

function claimReview(host: string, n: number, extra: Record<string, unknown> = {}) {
  return {
    "@type": "ClaimReview",
    url: `https://${host}/checks/${n}`,
    claimReviewed: `Claim ${n} (${host}): tap water in the capital contains microchips`,
    headline: `Fact check ${n}: no microchips in tap water`,
    datePublished: "2025-06-01",
    author: { "@type": "Organization", name: `Checkers ${host}` },
    reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 },
    ...extra,
  };
}

function dataFeed(items: unknown[]) {
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    dataFeedElement: items.map((item) => ({ "@type": "DataFeedItem", item })),
  };
}

test.describe("as an editor", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("uploads a feed, sees the summary with the refused item, and importing it again adds nothing", async ({ page }) => {
    const host = `e2e-${randomUUID().slice(0, 8)}.example`;
    const feed = dataFeed([claimReview(host, 1), claimReview(host, 2), claimReview(host, 3, { url: "javascript:alert(1)" })]);
    const file = { name: `${host}.json`, mimeType: "application/ld+json", buffer: Buffer.from(JSON.stringify(feed)) };

    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Fact-check library" })).toBeVisible();

    await page.getByLabel("Feed file").setInputFiles(file);
    await page.getByRole("button", { name: "Import file" }).click();
    const summary = page.getByRole("status", { name: "Import summary" });
    await expect(summary).toContainText(
      `${host}.json (JSON (ClaimReview, a list of them, or a DataFeed)): 2 added, 0 updated, 0 duplicates, 1 refused.`,
      {
        timeout: 20_000,
      },
    );
    await expect(summary.getByRole("list", { name: "Items refused" }).getByRole("listitem")).toHaveText([
      "item 3: url “javascript:alert(1)”: Only http:// and https:// addresses are accepted, not javascript://.",
    ]);
    // The list refreshes with the new entries, newest first, each linked to its fact-check.
    const entry = page.getByRole("link", { name: `Claim 2 (${host}): tap water in the capital contains microchips` });
    await expect(entry).toHaveAttribute("href", `https://${host}/checks/2`);

    await page.getByLabel("Feed file").setInputFiles(file);
    await page.getByRole("button", { name: "Import file" }).click();
    await expect(summary).toContainText("0 added, 0 updated, 2 duplicates, 1 refused.", { timeout: 20_000 });

    // The page with its summary and list passes the same axe rules as every other screen (e2e/accessibility.spec.ts).
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await page.getByLabel("Publisher").selectOption(`Checkers ${host}`);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.locator(".library-table tbody tr")).toHaveCount(2);
  });

  test("imports a fact-check page from a web address", async ({ page }) => {
    const site = await startFixtureServer();
    try {
      const host = `web-${randomUUID().slice(0, 8)}.example`;
      const graph = { "@context": "https://schema.org", "@graph": [{ "@type": "WebPage", name: "A check" }, claimReview(host, 7)] };
      site.serve(
        "fact-check",
        `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body>Check</body></html>`,
      );
      await page.goto("/library");
      await page.getByLabel("Or a web address").fill(`${site.origin}/fact-check`);
      await page.getByRole("button", { name: "Import from the web" }).click();
      await expect(page.getByRole("status", { name: "Import summary" })).toContainText(
        `${site.origin}/fact-check (a fact-check page (HTML with ClaimReview JSON-LD)): 1 added, 0 updated, 0 duplicates, 0 refused.`,
        { timeout: 20_000 },
      );
      await expect(page.getByRole("link", { name: `Claim 7 (${host}): tap water in the capital contains microchips` })).toBeVisible();

      // An address the guarded fetcher refuses: said in words, nothing imported.
      await page.getByLabel("Or a web address").fill("http://169.254.169.254/latest/meta-data/");
      await page.getByRole("button", { name: "Import from the web" }).click();
      await expect(formError(page)).toContainText("is a private or local address");
    } finally {
      await site.close();
    }
  });

  test("streams a feed larger than the proxy would buffer, in full", async ({ request }) => {
    // 12 MB in 60 items: past the 10 MB at which Next cuts a body the proxy sees.
    const host = `big-${randomUUID().slice(0, 8)}.example`;
    const padding = "p".repeat(200 * 1024);
    const feed = Array.from({ length: 60 }, (_, i) => claimReview(host, i + 1, { text: padding }));
    const response = await request.post(`/api/fact-checks/import?name=${host}.json`, {
      data: Buffer.from(JSON.stringify(feed)),
      headers: { "content-type": "application/json" },
      timeout: 60_000,
    });
    expect(response.status()).toBe(200);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; summary?: { added: number; stopped: string | null } });
    expect(lines.at(-1)).toMatchObject({ type: "summary", summary: { added: 60, stopped: null } });
  });
});

test.describe("as a reviewer", () => {
  test.use({ storageState: storageStateFor("reviewer") });

  test("is refused on the page and by the import route, and has no link to it", async ({ page, request }) => {
    await page.goto("/library");
    await expect(formError(page)).toContainText("Only editors and admins manage the fact-check library.");
    await expect(page.getByLabel("Feed file")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" })).toHaveCount(0);

    const host = `reviewer-${randomUUID().slice(0, 8)}.example`;
    const response = await request.post(`/api/fact-checks/import?name=feed.json`, { data: JSON.stringify([claimReview(host, 1)]) });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ code: "FORBIDDEN", error: "Only editors and admins manage the fact-check library." });
  });
});

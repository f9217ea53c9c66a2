import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { importByPaste, storageStateFor, tagPhrase } from "./helpers";

// The desk's memory end to end, as an editor uses it: a publisher's ClaimReview feed goes into
// the library through the upload form; a claim tagged in an article shows that fact-check under
// "Checked before"; it is attached as a source; and search finds the claim, its source and the
// library entry again, and opens the card.
test.use({ storageState: storageStateFor("editor") });

test("import a feed, see it checked before on a new claim, attach it, find it again through search", async ({ page }) => {
  // A place of this run's own (letters only), so nothing else in the database matches it.
  const place = `Quv${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 6)}by`;
  const factCheckUrl = `https://checks.example/${place.toLowerCase()}/ferry-tolls`;
  const headline = `Did ${place} double its ferry tolls overnight?`;
  const feed = {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    dataFeedElement: [
      {
        "@type": "DataFeedItem",
        item: {
          "@type": "ClaimReview",
          url: factCheckUrl,
          claimReviewed: `${place} council doubled ferry tolls overnight.`,
          headline,
          datePublished: "2025-09-12",
          author: { "@type": "Organization", name: "Harbour Checks" },
          reviewRating: { "@type": "Rating", alternateName: "Misleading" },
        },
      },
    ],
  };

  await page.goto("/library");
  await page.getByLabel("Feed file").setInputFiles({
    name: `${place}.json`,
    mimeType: "application/ld+json",
    buffer: Buffer.from(JSON.stringify(feed)),
  });
  await page.getByRole("button", { name: "Import file" }).click();
  await expect(page.getByRole("status", { name: "Import summary" })).toContainText("1 added, 0 updated, 0 duplicates, 0 refused.", {
    timeout: 20_000,
  });

  // A new article repeats the claim in other words.
  const claimPhrase = `the ${place} ferry tolls were doubled overnight by the council`;
  await importByPaste(page, {
    title: `Ferry tolls ${place}`,
    text: [`Residents say ${claimPhrase}, and commuters are angry.`, "The council has not answered."].join("\n\n"),
  });
  await tagPhrase(page, claimPhrase, "c");
  const card = page.locator(".annotation-list > li[aria-current=true]");
  const match = card.getByRole("region", { name: "Checked before" }).locator(".similar-match").filter({ hasText: headline });
  await expect(match).toBeVisible();
  await expect(match.locator(".similar-rating")).toHaveText("Misleading");
  await expect(match).toContainText("Harbour Checks");
  await expect(match.getByRole("link", { name: headline })).toHaveAttribute("href", factCheckUrl);

  await match.getByRole("button", { name: "Attach as source" }).click();
  const source = card.getByRole("list", { name: "Sources" }).locator("li").filter({ hasText: headline });
  await expect(source).toContainText("Earlier fact-check");
  await expect(card.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  // Search finds all three: the finding, its source and the library entry.
  const box = page.getByRole("navigation", { name: "Main" }).getByRole("searchbox", { name: "Search everything" });
  await box.fill(`${place} ferry tolls`);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.locator(".search-results > li");
  await expect(results.filter({ hasText: headline }).first()).toBeVisible();
  const finding = results.filter({ has: page.locator(".search-type", { hasText: "Claim" }) });
  await expect(finding).toHaveCount(1);
  await expect(results.locator(".search-type")).toContainText(["Claim"]);
  await finding.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/[^?]+\?annotation=/);
  await expect(page.locator(".annotation-list > li[aria-current=true]")).toContainText(claimPhrase);
});

import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { importByPaste, storageStateFor, tagPhrase } from "./helpers";

// "Checked before", where the work happens: a reviewer tags a claim, the card shows the earlier
// fact-check that matches it with the words in common marked, attaches it as a source and copies
// its rating as a draft verdict; the API answers the same over HTTP, and nothing signed out.

test.use({ storageState: storageStateFor("reviewer") });

// A place name of this run's own, so the library entry matches this spec's claim and no other's.
const place = `Zq${randomUUID()
  .replace(/[^a-f]/g, "")
  .slice(0, 6)}ton`;
const claimPhrase = `bus fares in ${place} fell by 12 per cent in 2025`;
const factCheck = {
  url: `https://factcheck.example/${place.toLowerCase()}-bus-fares`,
  claimReviewed: `Bus fares in ${place} fell by 12 per cent in 2025`,
  headline: `No, ${place}'s bus fares did not fall by 12 per cent`,
  ratingName: "Mostly False",
  publisherName: "PolitiFact",
  datePublished: "2025-03-01",
};
// Another entry of the library, about something else: it must not be offered for this claim.
const unrelated = {
  url: `https://factcheck.example/${randomUUID()}`,
  claimReviewed: "Drinking bleach cures the flu",
  headline: "Bleach does not cure the flu",
  ratingName: "False",
  publisherName: "Snopes",
  datePublished: "2020-04-01",
};

// Tests of a file may each run their own beforeAll in one worker (fullyParallel): the library is
// filled through the real import route as an editor, and a second import only finds duplicates.
test.beforeAll(async ({ playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL, storageState: storageStateFor("editor") });
  try {
    const feed = {
      "@context": "https://schema.org",
      "@type": "DataFeed",
      dataFeedElement: [factCheck, unrelated].map((entry) => ({
        "@type": "DataFeedItem",
        item: {
          "@type": "ClaimReview",
          url: entry.url,
          claimReviewed: entry.claimReviewed,
          headline: entry.headline,
          datePublished: entry.datePublished,
          author: { "@type": "Organization", name: entry.publisherName },
          reviewRating: { "@type": "Rating", alternateName: entry.ratingName },
        },
      })),
    };
    const answer = await editor.post("/api/fact-checks/import?name=checked-before.json", { data: Buffer.from(JSON.stringify(feed)) });
    expect(answer.status()).toBe(200);
    const lines = (await answer.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; summary?: { added: number; duplicates: number; refused: number } });
    const summary = lines.at(-1)?.summary;
    expect(summary && summary.added + summary.duplicates, JSON.stringify(lines.at(-1))).toBe(2);
  } finally {
    await editor.dispose();
  }
});

test("a tagged claim shows the earlier fact-check it repeats; attach it as a source and copy its rating as a draft", async ({ page }) => {
  const token = randomUUID().slice(0, 8);
  const title = `Checked before ${token}`;
  await importByPaste(page, {
    title,
    text: [`The mayor said that ${claimPhrase}, a record (ref ${token}).`, "Critics said the figure left out the night buses."].join(
      "\n\n",
    ),
  });
  await tagPhrase(page, claimPhrase, "c");
  const card = page.locator(".annotation-list > li[aria-current=true]");
  const checked = card.getByRole("region", { name: "Checked before" });
  const match = checked.locator(".similar-match").filter({ hasText: factCheck.headline });

  // The match: rating in the publisher's words, organisation, date, headline linked in a new tab.
  await expect(match).toBeVisible();
  await expect(match.locator(".similar-rating")).toHaveText("Mostly False");
  await expect(match).toContainText("PolitiFact · 1 Mar 2025");
  const link = match.getByRole("link", { name: factCheck.headline });
  await expect(link).toHaveAttribute("href", factCheck.url);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  // Why it matched: the words in common, marked in the claim it checked.
  const marked = await match.locator(".similar-claim mark").allTextContents();
  expect(marked.join(" ")).toContain(place);
  expect(marked.join(" ")).toContain("fares");
  expect(marked.join(" ")).toContain("12 per cent");
  await expect(checked).not.toContainText(unrelated.headline);

  // Attach as source: one click, and it is among the card's sources with its stance and date.
  await match.getByRole("button", { name: "Attach as source" }).click();
  const sources = card.getByRole("list", { name: "Sources" });
  const source = sources.locator("li").filter({ hasText: factCheck.headline });
  await expect(source).toContainText("Earlier fact-check");
  await expect(source).toContainText("PolitiFact");
  await expect(source).toContainText("published 2025-03-01");
  await expect(source.getByRole("link", { name: factCheck.headline })).toHaveAttribute("href", factCheck.url);
  await expect(match.getByRole("button", { name: "Attached as source" })).toBeDisabled();

  // Copy its rating as the draft verdict: shown as such, on the card and after a reload.
  await match.getByRole("button", { name: "Copy rating as draft verdict (Mostly false)" }).click();
  await expect(card.getByLabel("Verdict")).toHaveValue("MOSTLY_FALSE");
  const draft = card.locator(".draft-verdict");
  await expect(draft).toHaveText("Draft copied from PolitiFact's rating “Mostly False”. Choose a rating to make it your own.");
  await expect(card.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await page.locator(".annotation-list > li").filter({ hasText: claimPhrase }).locator(".card-summary").click();
  await expect(card.locator(".card-summary .verdict")).toHaveText("Mostly false (draft)");
  await expect(card.locator(".draft-verdict")).toContainText("PolitiFact's rating “Mostly False”");
  await expect(card.getByRole("list", { name: "Sources" }).locator("li")).toHaveCount(1);

  // A person setting the rating makes it theirs; the review workflow goes on as before.
  await card.getByLabel("Verdict").selectOption("FALSE");
  await expect(card.locator(".draft-verdict")).toHaveCount(0);
  await expect(card.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect(card.getByRole("button", { name: "Submit for review" })).toBeEnabled();

  // Editing the checkable sentence asks again once typing pauses: one question for a whole
  // sentence typed, not one per keystroke, and the answer is for the new claim (nothing before).
  const field = card.getByLabel("Checkable claim");
  await field.fill("");
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/fact-checks/similar")) asked.push(new URL(request.url()).searchParams.get("text") ?? "");
  });
  const sentence = "Quokkas outnumber wombats two to one.";
  await field.pressSequentially(sentence, { delay: 25 });
  await expect(card.getByRole("region", { name: "Checked before" })).toContainText("No earlier fact-check matches this claim.");
  expect(asked.at(-1)).toBe(sentence);
  // 37 keystrokes 25 ms apart: a stall of the busy machine may let a question out mid-sentence, but
  // asking per keystroke would be 37.
  expect(asked.length, `asked: ${JSON.stringify(asked)}`).toBeLessThanOrEqual(sentence.length / 6);
});

test("the API answers the same for a signed-in user, refuses a bad query with the field's message, and nothing signed out", async ({
  page,
  playwright,
  baseURL,
}) => {
  const answer = await page.request.get(`/api/fact-checks/similar?${new URLSearchParams({ text: claimPhrase, limit: "5" })}`);
  expect(answer.status()).toBe(200);
  const { matches } = (await answer.json()) as { matches: Record<string, unknown>[] };
  expect(matches.length).toBeGreaterThan(0);
  expect(matches.length).toBeLessThanOrEqual(5);
  expect(matches[0]).toMatchObject({
    url: factCheck.url,
    claimReviewed: factCheck.claimReviewed,
    headline: factCheck.headline,
    rating: { alternateName: "Mostly False", ratingValue: null, bestRating: null, worstRating: null },
    publisher: "PolitiFact",
    datePublished: "2025-03-01",
    score: expect.any(Number),
    origin: "library",
  });
  expect(matches[0]).not.toHaveProperty("annotationId");
  const scores = matches.map((m) => m.score as number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  const bad = await page.request.get("/api/fact-checks/similar?text=%20a%20&limit=50");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({
    code: "INVALID",
    fieldErrors: { text: "The text to compare must be at least 3 characters.", limit: "The limit can be at most 20." },
  });

  // Explicitly empty: inside a test, a new request context would otherwise take the file's signed-in state.
  const signedOut = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const refused = await signedOut.get(`/api/fact-checks/similar?${new URLSearchParams({ text: claimPhrase })}`, { maxRedirects: 0 });
    expect(refused.status()).toBe(401);
    expect(await refused.text()).not.toContain(factCheck.url);
  } finally {
    await signedOut.dispose();
  }
});

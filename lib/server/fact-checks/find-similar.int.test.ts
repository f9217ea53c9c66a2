import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { findSimilarFactChecks } from "./find-similar";
import { addFactCheckTerms } from "./term-stats";

// The project's own small library: claims that share words with each other on purpose, so the
// ranking has to tell them apart by the rarer words and the figures.
const LIBRARY = [
  { key: "bus", claim: "The UK sends £350 million a week to the European Union.", headline: "Does Britain pay the EU £350m a week?" },
  { key: "5g", claim: "5G phone masts spread the coronavirus.", headline: "Do 5G masts spread Covid-19?" },
  {
    key: "hot-water",
    claim: "Drinking hot water every fifteen minutes kills the coronavirus.",
    headline: "Does hot water kill the coronavirus?",
  },
  {
    key: "chips",
    claim: "Bill Gates wants to implant microchips in people through vaccines.",
    headline: "Is Bill Gates putting microchips in vaccines?",
  },
  {
    key: "wall",
    claim: "The Great Wall of China is visible from space with the naked eye.",
    headline: "Can you see the Great Wall from space?",
  },
  { key: "carrots", claim: "Eating carrots improves your night vision.", headline: "Do carrots help you see in the dark?" },
  { key: "turbines", claim: "Wind turbines kill more birds than cats do.", headline: "Do wind turbines kill more birds than cats?" },
  { key: "london", claim: "Knife crime in London rose by 50 percent in 2019.", headline: "Did London knife crime rise by half in 2019?" },
  {
    key: "manchester",
    claim: "Knife crime in Manchester fell by 20 percent in 2018.",
    headline: "Did Manchester knife crime fall in 2018?",
  },
  { key: "cafe", claim: "Café owners in Lyon must pay a tax on every terrace chair.", headline: "Is there a terrace chair tax in Lyon?" },
  { key: "einstein", claim: "Albert Einstein failed mathematics at school.", headline: "Did Einstein fail maths?" },
  { key: "einstein-copy", claim: "Albert Einstein failed mathematics at school!", headline: "Did Einstein fail maths?" },
];

let reviewer: Actor;
const run = randomUUID().slice(0, 8);
const idOf = new Map<string, string>();
const keyOf = new Map<string, string>();

beforeAll(async () => {
  assertTestDatabase();
  reviewer = await createTestUser("REVIEWER");
  for (const [index, entry] of LIBRARY.entries()) {
    // One at a time, so the copy is younger than its original: ties go to the earlier entry.
    const row = await getDb().$transaction(async (tx) => {
      const created = await tx.factCheck.create({
        data: {
          url: `https://checks.example/${run}/${entry.key}`,
          claimReviewed: entry.claim,
          claimKey: `${run}-${index}`,
          headline: entry.headline,
          ratingName: "False",
          publisherName: "Fixture Checks",
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)),
        },
      });
      await addFactCheckTerms(tx, [created.id]);
      return created;
    });
    idOf.set(entry.key, row.id);
    keyOf.set(row.id, entry.key);
  }
});

/** The fixture keys of the answer, in order (other test files' library entries left out). */
async function ask(text: string, limit = 5) {
  const matches = await findSimilarFactChecks(reviewer, { text, limit });
  return matches.map((match) => keyOf.get(match.id)).filter((key) => key !== undefined);
}

describe("findSimilarFactChecks ranks the library", () => {
  it.each([
    ["We send the EU £350m every single week, it said on the bus", "bus"],
    ["#5G towers are spreading covid — share before they delete this", "5g"],
    ["Doctors say sipping hot water kills the virus in your throat", "hot-water"],
    ["Gates will put a microchip in everyone with the vaccine", "chips"],
    ["Astronauts can see the Great Wall of China from space", "wall"],
    ["Wind farms are killing more birds than cats", "turbines"],
  ])("finds the fact-check a paraphrase repeats: %s", async (text, key) => {
    expect((await ask(text))[0]).toBe(key);
  });

  it("tells two claims of the same kind apart by their place and figures", async () => {
    expect((await ask("London knife crime up 50 percent in 2019"))[0]).toBe("london");
    expect((await ask("Manchester knife crime down 20 percent in 2018"))[0]).toBe("manchester");
  });

  it("splits a hashtag into its words, and ignores accents", async () => {
    expect((await ask("#GreatWallOfChina hoax exposed"))[0]).toBe("wall");
    expect((await ask("cafe terrace chair tax in Lyon"))[0]).toBe("cafe");
  });

  it("puts the original before a later copy that scores the same", async () => {
    const keys = await ask("Einstein failed mathematics at school");
    expect(keys.slice(0, 2)).toEqual(["einstein", "einstein-copy"]);
  });

  it("answers the matched words as the claim writes them, and the fields the API names", async () => {
    const [match] = (await findSimilarFactChecks(reviewer, { text: "Do wind turbines really kill birds?", limit: 5 })).filter(
      (candidate) => candidate.id === idOf.get("turbines"),
    );
    expect(match).toMatchObject({
      url: `https://checks.example/${run}/turbines`,
      claimReviewed: "Wind turbines kill more birds than cats do.",
      headline: "Do wind turbines kill more birds than cats?",
      rating: { alternateName: "False", ratingValue: null, bestRating: null, worstRating: null },
      publisher: "Fixture Checks",
      origin: "library",
    });
    expect(match!.matchedWords.toSorted()).toEqual(["Wind", "birds", "kill", "turbines"]);
    expect(match!.score).toBeGreaterThan(0);
  });

  it("answers nothing for text that shares no word with the library, and at most `limit`", async () => {
    expect(await findSimilarFactChecks(reviewer, { text: `qwzx${run} plorf`, limit: 5 })).toEqual([]);
    expect(await findSimilarFactChecks(reviewer, { text: "the of and", limit: 5 })).toEqual([]);
    expect(
      (await findSimilarFactChecks(reviewer, { text: "coronavirus knife crime Einstein carrots", limit: 2 })).length,
    ).toBeLessThanOrEqual(2);
  });
});

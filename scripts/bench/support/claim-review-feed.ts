// Generated ClaimReviews for benches: claims built from a fixed vocabulary with a seeded random,
// so two runs import the same feed, and a DataFeed of any size streamed out a chunk at a time.
import { pick, seededRandom } from "./seeded-random.ts";

const SUBJECTS = ["The government", "A viral post", "The minister", "A senator", "The mayor", "A health blog", "The opposition", "A video"];
const VERBS = ["claims", "says", "suggests", "shows", "states", "insists", "reports", "alleges"];
const TOPICS = [
  "unemployment fell by 4 per cent last year",
  "the vaccine alters human DNA",
  "crime doubled in the capital since 2019",
  "5G masts spread the virus",
  "the new tax raises £3 billion a year",
  "tap water contains fluoride at toxic levels",
  "electric cars emit more carbon than petrol cars",
  "immigration cost the health service £2 billion",
  "the election was decided by dead voters",
  "a cup of coffee a day prevents dementia",
  "wind farms kill millions of birds each year",
  "the moon landing was filmed in a studio",
];
const PLACES = ["in Leeds", "in Texas", "in Lagos", "in Berlin", "in Manila", "nationwide", "in rural areas", "in schools"];
const RATINGS = [
  ["False", 1],
  ["Mostly false", 2],
  ["Half true", 3],
  ["Mostly true", 4],
  ["True", 5],
] as const;
const PUBLISHERS = ["Full Check", "FactWatch", "Verify Desk", "Claim Lab", "Truth Meter", "Checkpoint Nordic", "Lupa Exemplo", "AFP Check"];

/** The n-th generated ClaimReview of the sequence `seed` (a unique URL and claim for each n). */
export function generatedClaimReview(random: () => number, n: number, host = "bench.example"): Record<string, unknown> {
  const [ratingName, ratingValue] = pick(random, RATINGS);
  const claim = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, TOPICS)} ${pick(random, PLACES)} (case ${n})`;
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `https://${host}/fact-checks/${n}`,
    claimReviewed: claim,
    headline: `Fact check: ${claim.replace(/ \(case \d+\)$/, "")}? ${ratingName}`,
    datePublished: `2024-0${1 + Math.floor(random() * 9)}-${day}T10:00:00Z`,
    inLanguage: "en",
    author: { "@type": "Organization", name: pick(random, PUBLISHERS), url: "https://publisher.example/" },
    reviewRating: { "@type": "Rating", alternateName: ratingName, ratingValue, bestRating: 5, worstRating: 1 },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: `Speaker ${Math.floor(random() * 500)}` },
      datePublished: `2024-01-${day}`,
      appearance: [{ "@type": "CreativeWork", url: `https://social.example/posts/${n}` }],
    },
  };
}

/**
 * A schema.org DataFeed of generated ClaimReviews, as UTF-8 chunks of about 64 KB: `count` items,
 * or as many as make `bytes` when that is given. Held one chunk at a time.
 */
export async function* generatedDataFeed(options: {
  count?: number;
  bytes?: number;
  seed?: number;
  host?: string;
}): AsyncGenerator<Buffer> {
  const random = seededRandom(options.seed ?? 19);
  let pending = `{"@context":"https://schema.org","@type":"DataFeed","name":"Generated feed","dataFeedElement":[`;
  let written = 0;
  for (let n = 1; options.count ? n <= options.count : written + pending.length < (options.bytes ?? 0); n++) {
    const item = { "@type": "DataFeedItem", dateCreated: "2024-10-01", item: generatedClaimReview(random, n, options.host) };
    pending += `${n > 1 ? "," : ""}${JSON.stringify(item)}`;
    if (pending.length >= 64 * 1024) {
      written += pending.length;
      yield Buffer.from(pending, "utf8");
      pending = "";
    }
  }
  yield Buffer.from(`${pending}]}`, "utf8");
}

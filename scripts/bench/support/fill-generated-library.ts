// N generated library entries, for benches that need a large library and no particular claims:
// the generated ClaimReviews of claim-review-feed.ts, written by fillLibrary (straight in SQL, the
// term statistics kept as the import keeps them). DATABASE_URL must name the bench's database.
import { generatedClaimReview } from "./claim-review-feed.ts";
import { fillLibrary } from "./fill-library.ts";
import { seededRandom } from "./seeded-random.ts";

type Generated = { claimReviewed: string; headline: string; author: { name: string } };

export async function fillGeneratedLibrary(count: number, { seed = 7 } = {}): Promise<{ seconds: number }> {
  const started = performance.now();
  const random = seededRandom(seed);
  const entries = Array.from({ length: count }, (_, i) => {
    const node = generatedClaimReview(random, i + 1) as unknown as Generated;
    return {
      key: `generated-${seed}-${i + 1}`,
      claimReviewed: node.claimReviewed,
      headline: node.headline,
      publisherName: node.author.name,
    };
  });
  await fillLibrary(entries);
  return { seconds: (performance.now() - started) / 1000 };
}

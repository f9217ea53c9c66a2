// Fills the library straight in SQL (a bench that measures reading needs many rows fast), in the
// order given, and keeps the term statistics as the import does.
export type BenchEntry = { key: string; claimReviewed: string; headline: string | null; publisherName?: string };

const BATCH = 2_000;

export async function fillLibrary(entries: readonly BenchEntry[]): Promise<void> {
  const { getDb } = await import("../../../lib/db.ts");
  const { addFactCheckTerms } = await import("../../../lib/server/fact-checks/term-stats.ts");
  const { claimKeyOf } = await import("./claim-key.ts");
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    // Ids that sort in the order given: ranking breaks ties by entry order.
    const ids = batch.map((_, i) => `bench${String(start + i).padStart(9, "0")}`);
    await getDb().$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "FactCheck" (id, url, "claimReviewed", "claimKey", headline, "publisherName", "updatedAt")
        SELECT * , now() FROM unnest(
          ${ids}::text[],
          ${batch.map((entry) => `https://factcheck.example/claims/${encodeURIComponent(entry.key)}/`)}::text[],
          ${batch.map((entry) => entry.claimReviewed)}::text[],
          ${batch.map((entry) => claimKeyOf(entry.claimReviewed))}::text[],
          ${batch.map((entry) => entry.headline)}::text[],
          ${batch.map((entry) => entry.publisherName ?? "Bench Checks")}::text[])`;
      await addFactCheckTerms(tx, ids);
    });
  }
}

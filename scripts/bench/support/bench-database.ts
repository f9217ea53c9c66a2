// A bench's own database: a scratch database, migrated, with the demo accounts; and articles
// with annotations spread over their text, written directly (a bench measures reads and saves,
// not the import).
import { createScratchDatabase, type ScratchDatabase } from "../../db/scratch-database.ts";
import { applyMigrations } from "../../db/schema-engine.ts";

export async function openBenchDatabase(prefix = "factmark_bench") {
  const scratch: ScratchDatabase = await createScratchDatabase(prefix);
  process.env.DATABASE_URL = scratch.url;
  await applyMigrations(scratch.url);
  // Imported only now: the app's modules read DATABASE_URL when first used.
  const { seedDemoUsers } = await import("../../../lib/server/users/seed-demo-users.ts");
  const { DEMO_USERS } = await import("../../../lib/demo-users.ts");
  const { getDb } = await import("../../../lib/db.ts");
  await seedDemoUsers();
  const editor = await getDb().user.findUniqueOrThrow({ where: { email: DEMO_USERS.editor.email } });
  return { scratch, getDb, DEMO_USERS, editor };
}

/** An article (revision 1) with `annotations` spans of claims, quotes and opinions in turn, spread evenly over its text. */
export async function createBenchArticle(
  editorId: string,
  title: string,
  text: string,
  annotations: number,
  extra: { status?: "NEW" | "IN_PROGRESS" } = {},
) {
  const { getDb } = await import("../../../lib/db.ts");
  const { describeSpan, snapToWords } = await import("../../../lib/anchoring/index.ts");
  const { contentHash } = await import("../../../lib/import/index.ts");
  const article = await getDb().article.create({
    data: {
      title,
      text,
      contentHash: contentHash(text),
      createdById: editorId,
      ...extra,
      revisions: { create: { revision: 1, text, contentHash: contentHash(text), createdById: editorId } },
    },
  });
  const kinds = ["CLAIM", "QUOTE", "OPINION"] as const;
  await getDb().annotation.createMany({
    data: Array.from({ length: annotations }, (_, i) => {
      const from = Math.floor((i / annotations) * Math.max(0, text.length - 120));
      const span = snapToWords(text, from + 3, Math.min(text.length, from + 40));
      const { exact, prefix, suffix } = describeSpan(text, span.start, span.end).quote;
      return {
        articleId: article.id,
        authorId: editorId,
        kind: kinds[i % 3]!,
        start: span.start,
        end: span.end,
        exact,
        prefix,
        suffix,
        articleRevision: 1,
      };
    }),
  });
  return article;
}

/** One claim on `exact` (its first occurrence) in an article, written directly with its quote selector. */
export async function createBenchClaim(article: { id: string; text: string }, authorId: string, exact: string) {
  const { getDb } = await import("../../../lib/db.ts");
  const { describeSpan } = await import("../../../lib/anchoring/index.ts");
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`“${exact}” is not in the bench article`);
  const { prefix, suffix } = describeSpan(article.text, start, start + exact.length).quote;
  return getDb().annotation.create({
    data: { articleId: article.id, authorId, kind: "CLAIM", start, end: start + exact.length, exact, prefix, suffix, articleRevision: 1 },
  });
}

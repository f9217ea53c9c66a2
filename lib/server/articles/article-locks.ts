import "server-only";
import type { Tx } from "@/lib/db";
import type { ArticleStatus } from "@/lib/enums";

// A sign-off must see every finding the article has when it closes, and nothing may be added to
// the article after it: the two sides lock the article row in modes that exclude each other only.
// KEY SHARE (adding) never waits for another writer adding, nor for an ordinary update of the
// article; FOR UPDATE (signing off) waits for every addition in flight and holds new ones off.

/** Signing off: taken first, so the findings read next are all there will be until the commit. */
export async function lockArticleForSignOff(tx: Tx, articleId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
}

/**
 * Adding a finding: locks the article until this transaction ends and answers its status as it
 * stands once any sign-off in flight has committed (null when there is no such article).
 */
export async function lockArticleForAdding(tx: Tx, articleId: string): Promise<ArticleStatus | null> {
  const [row] = await tx.$queryRaw<{ status: ArticleStatus }[]>`SELECT status FROM "Article" WHERE id = ${articleId} FOR KEY SHARE`;
  return row?.status ?? null;
}

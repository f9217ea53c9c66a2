import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UpstreamCheck } from "@/lib/import/web/upstream-check";
import { diffSummary, wordDiff } from "@/lib/import/word-diff";
import { canCorrectArticle } from "@/lib/policies/articles";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { fetchPageSnapshot } from "@/lib/server/page-snapshots/fetch-page-snapshot";

/**
 * "Check for changes": fetches the article's page again (keeping the new snapshot with the
 * article) and compares the article text found in it with the current text. A difference is
 * offered as a correction, which goes through correctArticle like any other; nothing changes here.
 */
export async function checkArticleUpstream({ actor, articleId }: { actor: Actor; articleId: string }): Promise<UpstreamCheck> {
  if (!canCorrectArticle(actor))
    throw new AppError("FORBIDDEN", "Only editors and admins can correct an article, so only they check it for changes.");
  const article = await getDb().article.findFirst({
    where: { id: articleId, ...readableArticleWhere(actor) },
    select: {
      id: true,
      text: true,
      revision: true,
      sourceUrl: true,
      snapshots: { orderBy: { fetchedAt: "desc" }, take: 1, select: { requestedUrl: true } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "That article no longer exists.");
  // The address it was imported from, else the source URL typed for it.
  const url = article.snapshots[0]?.requestedUrl ?? article.sourceUrl;
  if (!url) throw new AppError("INVALID", "This article has no source address to check. Add its source URL in its details.");

  const { snapshot, prepared } = await fetchPageSnapshot({ actor, url, articleId: article.id });
  const fetchedAt = snapshot.fetchedAt.toISOString();
  if (prepared.text === article.text) return { changed: false, fetchedAt, url: snapshot.finalUrl };
  const diff = wordDiff(article.text, prepared.text);
  return { changed: true, fetchedAt, url: snapshot.finalUrl, revision: article.revision, text: prepared.text, diff, ...diffSummary(diff) };
}

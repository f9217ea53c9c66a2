import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { getPresenceHub, PRESENCE_TTL_MS } from "@/lib/server/presence/presence-hub";
import type { PresenceHeartbeatInput } from "@/lib/validation/presence";
import { recordId } from "@/lib/validation/fields";

export type RecordHeartbeatOptions = { actor: Actor; articleId: string; input: PresenceHeartbeatInput };

/** Tells every instance that this tab is (still, or no longer) on the article. Who it is comes from the session. */
export async function recordHeartbeat({ actor, articleId, input }: RecordHeartbeatOptions): Promise<void> {
  // Every few seconds per open tab: the id alone, never the article's text.
  const article = recordId.safeParse(articleId).success
    ? await getDb().article.findFirst({ where: { id: articleId, ...readableArticleWhere(actor) }, select: { id: true } })
    : null;
  if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
  const hub = getPresenceHub();
  if (input.type === "gone") {
    hub.publish({ type: "gone", articleId: article.id, key: input.key, userId: actor.id });
    return;
  }
  hub.publish({
    type: "here",
    articleId: article.id,
    key: input.key,
    userId: actor.id,
    name: actor.name,
    annotationId: input.annotationId,
    activity: input.activity,
    selection: input.selection,
    ttlMs: PRESENCE_TTL_MS,
  });
}

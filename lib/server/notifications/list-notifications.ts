import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { NotificationKind } from "@/lib/enums";
import { canReadArticle } from "@/lib/policies/articles";

export const DEFAULT_NOTIFICATION_LIMIT = 50;
const MAX_NOTIFICATION_LIMIT = 200;

export type ListNotificationsOptions = { actor: Actor; limit?: number };

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  message: string;
  createdAt: Date;
  isUnread: boolean;
  /** Who caused it; null when that account is gone (the column is set null on delete). */
  actorName: string | null;
  /** Null when the article is gone or no longer readable by this actor (e.g. archived, for a reviewer). */
  article: { id: string; title: string } | null;
  annotationId: string | null;
};

/** The actor's own notifications, newest first, each flagged read or unread. Reading them marks nothing. */
export async function listNotifications({
  actor,
  limit = DEFAULT_NOTIFICATION_LIMIT,
}: ListNotificationsOptions): Promise<NotificationItem[]> {
  const rows = await getDb().notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, Math.trunc(limit)), MAX_NOTIFICATION_LIMIT),
    select: {
      id: true,
      kind: true,
      message: true,
      createdAt: true,
      readAt: true,
      annotationId: true,
      actor: { select: { name: true } },
      article: { select: { id: true, title: true, status: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    message: row.message,
    createdAt: row.createdAt,
    isUnread: row.readAt === null,
    actorName: row.actor?.name ?? null,
    // The notification was addressed to this user, but the article may have left their reach since:
    // keep the message, drop the title and the link, as every other read of that article would.
    article: row.article && canReadArticle(actor, row.article) ? { id: row.article.id, title: row.article.title } : null,
    annotationId: row.annotationId,
  }));
}

import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { noteUserSignal } from "@/lib/server/live/committed-changes";
import { USER_EVENTS_CHANNEL } from "@/lib/server/live/postgres-bus";

export type MarkNotificationsReadOptions = {
  actor: Actor;
  /** These notifications only; omitted means all of the actor's unread ones. */
  ids?: string[];
  /** Only those created at or before this moment: "mark all" then covers what the page showed, not one that arrived since. */
  upTo?: Date;
};

/**
 * Marks the actor's own unread notifications read and says how many changed. The `where` is scoped
 * to the actor, so someone else's ids are ignored rather than refused: answering "not yours" would
 * tell the caller that the id exists. Reading is personal state, not a change to the record, so
 * it is not audited. The actor's badges (every open tab, on any instance) hear of it at commit.
 */
export async function markNotificationsRead({ actor, ids, upTo }: MarkNotificationsReadOptions): Promise<{ marked: number }> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: {
        userId: actor.id,
        readAt: null,
        ...(ids ? { id: { in: ids } } : {}),
        ...(upTo ? { createdAt: { lte: upTo } } : {}),
      },
      data: { readAt: new Date() },
    });
    if (count > 0) {
      await tx.$executeRaw`SELECT pg_notify(${USER_EVENTS_CHANNEL}, ${actor.id})`;
      noteUserSignal(tx, [actor.id]);
    }
    return { marked: count };
  });
}

import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/enums";
import { noteUserSignal } from "@/lib/server/live/committed-changes";

export type NotifyOptions = {
  /** Who should hear of it; the actor, duplicates and nobodies (null) are left out. */
  userIds: (string | null | undefined)[];
  kind: NotificationKind;
  actorId: string;
  articleId: string;
  annotationId?: string | null;
  message: string;
};

/** Written in the same transaction as the change it reports, so nobody hears of a change that did not happen. */
export async function notify(tx: Tx, { userIds, kind, actorId, articleId, annotationId = null, message }: NotifyOptions): Promise<void> {
  const recipients = [...new Set(userIds.filter((id): id is string => Boolean(id) && id !== actorId))];
  if (recipients.length === 0) return;
  await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, kind, actorId, articleId, annotationId, message })) });
  // Their badges update live: a trigger NOTIFYs at commit; the in-process bus hears it after the commit.
  noteUserSignal(tx, recipients);
}

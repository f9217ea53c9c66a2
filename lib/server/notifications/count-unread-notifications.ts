import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

export type CountUnreadNotificationsOptions = { actor: Actor };

/** For the header on every page: one COUNT answered from the (userId, readAt, createdAt) index. */
export async function countUnreadNotifications({ actor }: CountUnreadNotificationsOptions): Promise<number> {
  return getDb().notification.count({ where: { userId: actor.id, readAt: null } });
}

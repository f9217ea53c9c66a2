import "server-only";
import { getDb } from "@/lib/db";

/** Ends every session the user has: each carries the old session version and is refused. */
export async function revokeSessions(userId: string): Promise<void> {
  await getDb().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudits } from "@/lib/server/audit";

/**
 * Inside the transaction that changes a user's password or deactivates them: every live token of
 * theirs is revoked with it, so a token stops at its next request like a session does.
 */
export async function revokeUserApiTokens(
  tx: Tx,
  {
    userId,
    actorId,
    reason,
    now = new Date(),
  }: { userId: string; actorId: string | null; reason: "password_changed" | "user_deactivated"; now?: Date },
): Promise<number> {
  const tokens = await tx.apiToken.updateManyAndReturn({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
    select: { id: true },
  });
  await recordAudits(
    tx,
    tokens.map(({ id }) => ({
      actorId,
      action: "token.revoked" as const,
      entityType: "ApiToken" as const,
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: now, reason },
    })),
  );
  return tokens.length;
}

import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { revokeUserApiTokens } from "@/lib/server/api-tokens/revoke-user-api-tokens";
import type { SetUserActiveInput } from "@/lib/validation/user";

/**
 * Deactivating ends the account's sessions and API tokens and refuses its sign-ins; its work stays
 * attributed. Reactivating brings no token back: the user makes new ones.
 */
export async function setUserActive({ actorId, input }: { actorId: string | null; input: SetUserActiveInput }) {
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, deactivatedAt: true } });
    if (!before) throw new AppError("NOT_FOUND", `No user has the email ${input.email}.`);
    const user = await tx.user.update({
      where: { id: before.id },
      data: input.isActive ? { deactivatedAt: null } : { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
      select: { id: true, email: true, deactivatedAt: true },
    });
    await recordAudit(tx, {
      actorId,
      action: input.isActive ? "user.reactivated" : "user.deactivated",
      entityType: "User",
      entityId: user.id,
      before: { deactivatedAt: before.deactivatedAt },
      after: { deactivatedAt: user.deactivatedAt },
    });
    if (!input.isActive) await revokeUserApiTokens(tx, { userId: user.id, actorId, reason: "user_deactivated" });
    return user;
  });
}

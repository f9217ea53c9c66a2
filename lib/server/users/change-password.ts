import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { revokeUserApiTokens } from "@/lib/server/api-tokens/revoke-user-api-tokens";
import type { ChangePasswordInput } from "@/lib/validation/user";

/** A new password ends every session and API token of the account: whoever had the old one is out. */
export async function changePassword({ actorId, input }: { actorId: string | null; input: ChangePasswordInput }) {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    const user = await tx.user
      .update({
        where: { email: input.email },
        data: { passwordHash, sessionVersion: { increment: 1 } },
        select: { id: true, email: true },
      })
      .catch(() => null);
    if (!user) throw new AppError("NOT_FOUND", `No user has the email ${input.email}.`);
    await recordAudit(tx, { actorId, action: "user.password_changed", entityType: "User", entityId: user.id });
    await revokeUserApiTokens(tx, { userId: user.id, actorId, reason: "password_changed" });
    return user;
  });
}

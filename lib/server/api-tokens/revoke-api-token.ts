import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canRevokeApiToken } from "@/lib/policies/api-tokens";
import { recordAudit } from "@/lib/server/audit";
import { toApiTokenView, TOKEN_VIEW_SELECT, type ApiTokenView } from "@/lib/server/api-tokens/api-token-view";

export type RevokeApiTokenOptions = {
  /** Null when the command line revokes by prefix. */
  actor: Pick<Actor, "id" | "role"> | null;
  by: { id: string } | { prefix: string };
  now?: Date;
};

/**
 * Ends a token at its next request. Revoking one already revoked answers it as it is (the first
 * revocation stands, and is the only one audited). Someone else's token is "not found" to a
 * non-admin, so ids cannot be probed.
 */
export async function revokeApiToken({ actor, by, now = new Date() }: RevokeApiTokenOptions): Promise<ApiTokenView> {
  return getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: by, select: { ...TOKEN_VIEW_SELECT, userId: true } });
    if (!token || (actor && !canRevokeApiToken(actor, token))) throw new AppError("NOT_FOUND", "No such token.");
    if (token.revokedAt) return toApiTokenView(token, now);
    // Claimed by the condition, so two revocations at once write one audit row.
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0)
      return toApiTokenView(await tx.apiToken.findUniqueOrThrow({ where: { id: token.id }, select: TOKEN_VIEW_SELECT }), now);
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "token.revoked",
      entityType: "ApiToken",
      entityId: token.id,
      before: { revokedAt: null },
      after: { revokedAt: now },
    });
    return toApiTokenView({ ...token, revokedAt: now }, now);
  });
}

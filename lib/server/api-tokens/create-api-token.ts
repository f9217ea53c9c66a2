import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashApiToken, newApiToken } from "@/lib/auth/api-token-format";
import { getDb } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { createApiTokenRefusal } from "@/lib/policies/api-tokens";
import { recordAudit } from "@/lib/server/audit";
import { toApiTokenView, TOKEN_VIEW_SELECT, type ApiTokenView } from "@/lib/server/api-tokens/api-token-view";
import type { CreateApiTokenInput } from "@/lib/validation/api-token";

export type CreateApiTokenOptions = { actor: Pick<Actor, "id" | "role">; input: CreateApiTokenInput; now?: Date };

/** The new token, with its secret: the only time anyone sees it (only its hash is kept). */
export type CreatedApiToken = ApiTokenView & { token: string };

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createApiToken({ actor, input, now = new Date() }: CreateApiTokenOptions): Promise<CreatedApiToken> {
  const refusal = createApiTokenRefusal(actor, input.scopes);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  const expiresAt = input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS);
  // A display prefix is 8 random base62 characters: a clash is rare enough that one more draw settles it.
  for (let attempt = 0; ; attempt++) {
    const { token, prefix } = newApiToken();
    try {
      const created = await getDb().$transaction(async (tx) => {
        const row = await tx.apiToken.create({
          data: { userId: actor.id, name: input.name, prefix, hash: hashApiToken(token), scopes: input.scopes, expiresAt },
          select: TOKEN_VIEW_SELECT,
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "token.created",
          entityType: "ApiToken",
          entityId: row.id,
          after: { userId: actor.id, name: row.name, prefix, scopes: row.scopes, expiresAt },
        });
        return row;
      });
      return { ...toApiTokenView(created, now), token };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

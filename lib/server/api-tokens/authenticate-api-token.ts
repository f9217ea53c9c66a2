import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashApiToken, parseApiToken } from "@/lib/auth/api-token-format";
import { getDb } from "@/lib/db";
import type { ApiScope } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { effectiveScopes } from "@/lib/policies/api-tokens";

export type TokenActor = { actor: Actor; scopes: ApiScope[]; tokenId: string; prefix: string };

/** lastUsedAt moves at most this often: a busy script would otherwise write a row per request. */
export const LAST_USED_PRECISION_MS = 60_000;

const refuse = (message: string) => new AppError("UNAUTHENTICATED", message);

/**
 * The user a token acts as, re-read on every request as the session is, so a revoked or expired
 * token and a deactivated account count at once. The token is looked up by its hash: the
 * database never holds what would let someone else present it.
 */
export async function authenticateApiToken({ token, now = new Date() }: { token: string; now?: Date }): Promise<TokenActor> {
  const parsed = parseApiToken(token);
  if (!parsed) throw refuse("That is not a Factmark API token (they start with fmk_ and are 40 characters): check it was copied whole.");
  const row = await getDb().apiToken.findUnique({
    where: { hash: hashApiToken(parsed.token) },
    select: {
      id: true,
      prefix: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, deactivatedAt: true } },
    },
  });
  if (!row) throw refuse("This API token is not known: it may have been deleted, or mistyped.");
  if (row.revokedAt) throw refuse(`The API token ${row.prefix}… was revoked.`);
  if (row.expiresAt && row.expiresAt <= now) throw refuse(`The API token ${row.prefix}… expired on ${row.expiresAt.toISOString()}.`);
  if (row.user.deactivatedAt) throw refuse("The account this API token belongs to is deactivated.");
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) await noteUse(row.id, now);
  const { deactivatedAt: _deactivatedAt, ...actor } = row.user;
  return { actor, scopes: effectiveScopes(actor, row.scopes), tokenId: row.id, prefix: row.prefix };
}

// Conditional, so that instances answering the same token at once write it once between them.
async function noteUse(id: string, now: Date) {
  const staleBefore = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  await getDb().apiToken.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
    data: { lastUsedAt: now },
  });
}

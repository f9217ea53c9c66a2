import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { toApiTokenView, TOKEN_VIEW_SELECT, type ApiTokenView } from "@/lib/server/api-tokens/api-token-view";

const MAX_LISTED = 200;

/** The actor's own tokens, newest first, revoked and expired ones included (so the list says what happened). */
export async function listMyApiTokens({ actor, now = new Date() }: { actor: Pick<Actor, "id">; now?: Date }): Promise<ApiTokenView[]> {
  const rows = await getDb().apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: TOKEN_VIEW_SELECT,
    take: MAX_LISTED,
  });
  return rows.map((row) => toApiTokenView(row, now));
}

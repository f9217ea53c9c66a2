import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

/**
 * The library entries this actor may see, as a `where`: every imported one, and the desk's own
 * while they stand (signed off, not reopened) in an article the actor may read. The same rule as
 * findSimilarFactChecks' query.
 */
export function readableFactCheckWhere(actor: Pick<Actor, "role">): Prisma.FactCheckWhereInput {
  return { OR: [{ origin: "LIBRARY" }, { origin: "DESK", standing: "CURRENT", article: readableArticleWhere(actor) }] };
}

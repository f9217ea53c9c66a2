import type { Actor } from "@/lib/auth/actor";
import type { ApiScope } from "@/lib/enums";

/** The scopes this actor may put on a token: `admin` only for admins, since a token never does more than its user. */
export function grantableScopes(actor: Pick<Actor, "role">, all: readonly ApiScope[]): ApiScope[] {
  return all.filter((scope) => scope !== "ADMIN" || actor.role === "ADMIN");
}

/** Why this actor may not make a token with these scopes, or null. */
export function createApiTokenRefusal(actor: Pick<Actor, "role">, scopes: readonly ApiScope[]): string | null {
  if (scopes.includes("ADMIN") && actor.role !== "ADMIN") return "Only admins can make tokens with the admin scope.";
  return null;
}

/** Own tokens, and an admin anyone's (to stop a leaked token of someone else). */
export function canRevokeApiToken(actor: Pick<Actor, "id" | "role">, token: { userId: string }): boolean {
  return token.userId === actor.id || actor.role === "ADMIN";
}

/**
 * The scopes a token holds at this request: what it was given, less what its user's role no longer
 * allows (an admin token of someone who has since become an editor loses `admin`).
 */
export function effectiveScopes(actor: Pick<Actor, "role">, scopes: readonly ApiScope[]): ApiScope[] {
  return grantableScopes(actor, scopes);
}

import { API_SCOPE_NAMES, API_SCOPES, type ApiScope } from "@/lib/enums";

export type ApiScopeName = (typeof API_SCOPE_NAMES)[ApiScope];

const BY_NAME = new Map(API_SCOPES.map((scope) => [API_SCOPE_NAMES[scope], scope]));

export function scopeName(scope: ApiScope): ApiScopeName {
  return API_SCOPE_NAMES[scope];
}

export function scopeFromName(name: string): ApiScope | null {
  return BY_NAME.get(name.trim().toLowerCase() as ApiScopeName) ?? null;
}

/** A session in the browser holds every scope: its limits are the role's, as always. */
export const ALL_SCOPES: readonly ApiScope[] = API_SCOPES;

/** Whether a request holding `held` may do what needs `needed`. No scope implies another: a token does only what it names. */
export function hasScope(held: readonly ApiScope[], needed: ApiScope): boolean {
  return held.includes(needed);
}

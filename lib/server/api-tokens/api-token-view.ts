import "server-only";
import { scopeName, type ApiScopeName } from "@/lib/auth/api-scopes";
import type { ApiScope } from "@/lib/enums";

/** A token as lists show it: never its hash. */
export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScopeName[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  isActive: boolean;
};

export const TOKEN_VIEW_SELECT = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

type Row = Omit<ApiTokenView, "scopes" | "isActive"> & { scopes: ApiScope[] };

export function toApiTokenView(row: Row, now: Date): ApiTokenView {
  const isActive = !row.revokedAt && (!row.expiresAt || row.expiresAt > now);
  return { ...row, scopes: row.scopes.map(scopeName), isActive };
}

import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { sessionFromCookies } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

export type { Actor };

/**
 * The signed-in user, re-read from the database so a removed or deactivated account, a changed
 * role and a revoked session (sign-out, password change) count at once. Wrapped in React's cache(): a layout, a page and its helpers asking in the same request
 * read the session cookie and the user row once, not once each.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const { AUTH_SECRET, NEXTAUTH_URL } = env();
  const session = await sessionFromCookies(await cookies(), { secret: AUTH_SECRET, secure: NEXTAUTH_URL?.startsWith("https:") ?? false });
  if (!session) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export const requireActor = cache(async (): Promise<Actor> => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  return actor;
});

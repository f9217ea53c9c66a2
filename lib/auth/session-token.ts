import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";

type CookieList = { getAll(): { name: string; value: string }[] };

export type SessionClaim = { userId: string; sessionVersion: number };

/**
 * Who the session cookie says is signed in, decrypted as next-auth encrypted it (its cookie name,
 * chunks and expiry included). next-auth's getServerSession reaches the same answer through its
 * whole session endpoint (a fresh CSRF token, both callbacks, a re-encrypted cookie that a page
 * cannot set), twice the work on every request. Only the cookie counts: a bearer token in an
 * Authorization header, which getToken would also accept, is not a session here.
 *
 * Whether the session still stands (revoked, deactivated) is the caller's to check against the user row.
 */
export async function sessionFromCookies(
  cookies: CookieList,
  options: { secret: string | undefined; secure: boolean },
): Promise<SessionClaim | null> {
  if (!options.secret) return null;
  // getToken reads only `cookies.getAll()` and `headers` off the request it is given.
  const request = { cookies, headers: new Headers() } as unknown as NextRequest;
  const token = await getToken({ req: request, secret: options.secret, secureCookie: options.secure });
  if (!token?.sub) return null;
  return { userId: token.sub, sessionVersion: token.sessionVersion ?? -1 };
}

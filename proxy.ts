import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Convenience only: it sends signed-out visitors to the sign-in page. Every page, action and
// route handler checks the session itself (lib/auth/session.ts); this is not the boundary.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  // A server action answers for itself: with UNAUTHENTICATED as data, which the page turns into
  // "Please sign in again". Redirected here, the browser would get a page where it expects a
  // result and could only say the server was unreachable.
  if (request.method === "POST" && request.headers.has("next-action")) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in to use this API." }, { status: 401 });
  }
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // /r/ is the public report: readable signed out by design (its page checks the token itself).
  matcher: ["/((?!api/auth|signin|r/|_next/static|_next/image|favicon.ico).*)"],
};

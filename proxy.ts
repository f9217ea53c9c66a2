import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";
import { MAX_BODY_BYTES, isActionRequest, refuseUndecodableAction, tooLarge } from "@/lib/security/action-request";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/api/request-id";
import { apiTooLarge, apiUnauthenticated } from "@/lib/api/proxy-problems";

// Pages anyone may open: signing in needs no session, /r/ is a published report (its page
// checks the token itself), and load balancers ask for health and readiness without one.
const PUBLIC_PATHS = [/^\/signin(\/|$)/, /^\/api\/auth(\/|$)/, /^\/r\//, /^\/api\/(health|ready)$/, /^\/api\/v1\/(openapi\.json|docs)$/];
const API_V1 = /^\/api\/v1(\/|$)/;

// Three jobs: a request id for every request (the caller's when sane; handlers and logs read it
// from the request, the caller from the response), a fresh CSP nonce for every response (Next
// reads it from the request's policy header and puts it on its own scripts), and sending
// signed-out visitors to the sign-in page. The last is convenience only: every page, action and
// route handler checks the session itself (lib/auth/session.ts); this is not the boundary.
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development" });
  const requestId = requestIdFrom(request.headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const withPolicy = <R extends Response>(response: R) => {
    response.headers.set("content-security-policy", policy);
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  };
  const pass = () => withPolicy(NextResponse.next({ request: { headers: requestHeaders } }));

  const isApiV1 = API_V1.test(request.nextUrl.pathname);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    return withPolicy(isApiV1 ? apiTooLarge(request, requestId) : tooLarge());
  // Before Next decodes an action's body: what its decoders would fail on is refused here, in words.
  if (isActionRequest(request, request.nextUrl.pathname)) {
    const refusal = await refuseUndecodableAction(request);
    if (refusal) return withPolicy(refusal);
  }
  if (PUBLIC_PATHS.some((path) => path.test(request.nextUrl.pathname))) return pass();
  // A server action answers for itself: with UNAUTHENTICATED as data, which the page turns into
  // "Please sign in again". Redirected here, the browser would get a page where it expects a
  // result and could only say the server was unreachable. So its cookie is not decrypted here.
  if (request.method === "POST" && request.headers.has("next-action")) return pass();
  // The API's own wrapper (withApiActor) checks a bearer token against the database (and says
  // what is wrong with an Authorization header that is not one); the proxy cannot.
  if (isApiV1 && request.headers.has("authorization")) return pass();
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (token) return pass();
  // A script without a token gets the API's own 401, never the sign-in page.
  if (isApiV1) return withPolicy(apiUnauthenticated(request, requestId));
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return withPolicy(NextResponse.json({ error: "Sign in to use this API." }, { status: 401 }));
  }
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return withPolicy(NextResponse.redirect(signIn));
}

export const config = {
  // The library's import route is left out: Next buffers the body of every request the proxy sees
  // (and cuts it at 10 MB), and that route streams feeds of up to 256 MB. It authenticates itself
  // (withActor) and answers NDJSON, which needs no page policy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/fact-checks/import$).*)"],
};

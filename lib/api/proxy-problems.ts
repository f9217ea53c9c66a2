import { instanceOf, PROBLEM_CONTENT_TYPE, problemOf } from "@/lib/api/problem-catalogue";
import { REQUEST_ID_HEADER } from "@/lib/api/request-id";
import { MAX_BODY_BYTES } from "@/lib/security/action-request";

// What the proxy answers to /api/v1 requests it refuses itself: problem details, as every other
// answer of the API, never the page world's JSON or a redirect to the sign-in page, which would
// mean nothing to a script. Built from the problem catalogue only: the proxy loads no use case.

/** Said by the proxy and by withApiActor alike when a request brings neither a token nor a session. */
export const NO_CREDENTIALS = "Send an API token (Authorization: Bearer fmk_…) or sign in.";

function apiProblem(requestId: string, problem: ReturnType<typeof problemOf>, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", [REQUEST_ID_HEADER]: requestId, ...headers },
  });
}

/** A body that declares more than the limit: refused before a byte of it is read. */
export function apiTooLarge(request: Request, requestId: string): Response {
  const detail = `The request is too large: at most ${MAX_BODY_BYTES / 1024 / 1024} MB can be sent at once.`;
  const context = { instance: instanceOf(request.url), requestId };
  return apiProblem(requestId, { ...problemOf("TOO_LARGE", detail, context), reason: "TOO_LARGE" });
}

/** No bearer token and no session: 401 with the scheme to use (RFC 6750). */
export function apiUnauthenticated(request: Request, requestId: string): Response {
  const problem = problemOf("UNAUTHENTICATED", NO_CREDENTIALS, { instance: instanceOf(request.url), requestId });
  return apiProblem(requestId, problem, { "WWW-Authenticate": 'Bearer realm="factmark"' });
}

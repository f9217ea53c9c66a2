// The problems of the API (RFC 9457): their types, titles and statuses, and a problem built from
// one. Apart from problem-details.ts so that the proxy can answer with them without loading the
// use cases' errors (and, through them, the database client).
import type { AppErrorCode } from "@/lib/errors";
import type { ProblemDetails } from "@/lib/api/problem-details";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/**
 * Where problem types live. An identifier, stable across releases, that clients compare as a
 * string (RFC 9457 §3.1.1: consumers do not dereference it); absolute, because a relative type
 * would resolve differently under every request path.
 */
export const PROBLEM_TYPE_BASE = "https://factmark.app/problems/";

/** Problems of the API beside the use cases' AppError codes: a body over the limit (refused by the proxy), a fault of ours, and a server not ready to serve. */
export type ProblemCode = AppErrorCode | "INTERNAL" | "NOT_READY" | "TOO_LARGE";

const PROBLEMS: Record<ProblemCode, { slug: string; title: string; status: number }> = {
  UNAUTHENTICATED: { slug: "unauthenticated", title: "Authentication required", status: 401 },
  FORBIDDEN: { slug: "forbidden", title: "Not allowed", status: 403 },
  NOT_FOUND: { slug: "not-found", title: "Not found", status: 404 },
  CONFLICT: { slug: "conflict", title: "Conflict with the current state", status: 409 },
  INVALID: { slug: "invalid", title: "Invalid request", status: 422 },
  RATE_LIMITED: { slug: "rate-limited", title: "Too many requests", status: 429 },
  TOO_LARGE: { slug: "too-large", title: "Request too large", status: 413 },
  INTERNAL: { slug: "internal", title: "Internal server error", status: 500 },
  NOT_READY: { slug: "not-ready", title: "Not ready", status: 503 },
};

export function problemTypeOf(code: ProblemCode): string {
  return PROBLEM_TYPE_BASE + PROBLEMS[code].slug;
}

/** What the request adds to every problem: where it happened and its id in the logs. */
export type ProblemContext = { instance?: string; requestId?: string };

/**
 * The `instance` of a request: its path, without the query (which may carry what does not belong
 * in a log). A path that begins with "//" would read as another host, so its second slash is escaped.
 */
export function instanceOf(url: string | URL): string {
  return new URL(url).pathname.replace(/^\/\//, "/%2F");
}

export function problemOf(code: ProblemCode, detail: string, context: ProblemContext = {}): ProblemDetails {
  const { title, status } = PROBLEMS[code];
  return { type: problemTypeOf(code), title, status, detail, ...withoutUndefined(context) };
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

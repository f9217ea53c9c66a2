/** The header that carries a request's id in and out: load balancers and tracing proxies already use it. */
export const REQUEST_ID_HEADER = "x-request-id";

// What a caller may choose as its request id: long enough for a UUID, a ULID or a trace id, and
// nothing that could break a log line or a header (no spaces, quotes or control characters).
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function isSaneRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && SANE_REQUEST_ID.test(value);
}

/**
 * The id of this request: the caller's own when it is sane (so one id follows a request through
 * a load balancer into our logs), else a new one.
 */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  return isSaneRequestId(incoming) ? incoming : crypto.randomUUID();
}

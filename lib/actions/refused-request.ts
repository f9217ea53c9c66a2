// The proxy refuses an action body that Next could not decode (lib/security/action-request.ts)
// with a text/plain 400, and Next's client raises that text as the action's error. The prefix is
// how callAction tells the server's refusal in words (shown as it is, not retried) from a request
// that failed on the way (UNAVAILABLE, offered Retry): both reach it as a thrown Error.
const PREFIX = "Not accepted: ";

export function refusedRequestText(problem: string): string {
  return `${PREFIX}${problem}`;
}

/** The refusal's message when `error` is the proxy's refusal, else null. */
export function readRefusedRequest(error: unknown): string | null {
  if (!(error instanceof Error) || !error.message.startsWith(PREFIX)) return null;
  return error.message.slice(PREFIX.length);
}

import { findActionBodyProblem } from "@/lib/validation/action-body";
import { refusedRequestText } from "@/lib/actions/refused-request";

// Next.js answers a server action over its body limit (next.config.js) with a bare 500; refused
// in the proxy it is a 413 that says what the limit is. Uploads themselves are limited to 2 MB.
export const MAX_BODY_BYTES = 3 * 1024 * 1024;
const TOO_LARGE = "The request is too large: at most 3 MB can be sent at once (a file at most 2 MB).";

/** A POST that Next will decode as a server action: a fetch action names itself; a form posted without JavaScript is multipart. */
export function isActionRequest(request: Request, pathname: string): boolean {
  if (request.method !== "POST" || pathname.startsWith("/api/")) return false;
  return request.headers.has("next-action") || /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "");
}

/**
 * The refusal of an action request whose body Next's decoders would fail on, or null to let it
 * through. A refusal is plain text with a 4xx status: Next's client raises exactly that text as
 * the action's error, and any other client reads it as it is.
 */
export async function refuseUndecodableAction(request: Request): Promise<Response | null> {
  const body = await readAtMost(request, MAX_BODY_BYTES);
  if (!body) return tooLarge();
  const problem = await findActionBodyProblem(request.headers.get("content-type") ?? "", body);
  return problem ? new Response(refusedRequestText(problem), { status: 400, headers: { "content-type": "text/plain" } }) : null;
}

export function tooLarge(): Response {
  return Response.json({ error: TOO_LARGE }, { status: 413 });
}

/** The body's bytes, or null past `limit` (a chunked body declares no length to refuse up front). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

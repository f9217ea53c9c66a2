import "server-only";
import { withApiActor, type ApiCaller } from "@/lib/api/with-api-actor";
import { AppError } from "@/lib/errors";
import { MAX_BODY_BYTES } from "@/lib/security/action-request";
import { parseInput } from "@/lib/validation/parse-input";
import type { ApiOperation, OperationInput } from "@/lib/api/v1/define-operation";

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> };

export type ApiHandler<Operation> = (input: OperationInput<Operation> & { caller: ApiCaller; request: Request }) => Promise<Response>;

/** A JSON answer that no cache keeps (every answer depends on who asks). */
export function apiJson(data: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Cache-Control", "no-store");
  return Response.json(data, { status: init.status ?? 200, headers });
}

/**
 * The route handler of an operation: authentication and scope (withApiActor), then the path, the
 * query and the JSON body parsed by the operation's own schemas, then the handler. Every refusal
 * answers as problem details with the field-level messages the forms show.
 */
export function apiRoute<Operation extends ApiOperation>(operation: Operation, handler: ApiHandler<Operation>) {
  return withApiActor<RouteContext>({ scope: operation.scope }, async (request, caller, context) => {
    const params = operation.params ? parseInput(operation.params, (await context?.params) ?? {}) : undefined;
    const query = operation.query ? parseInput(operation.query, queryObject(new URL(request.url).searchParams)) : undefined;
    const body = operation.body ? parseInput(operation.body, await readJsonBody(request)) : undefined;
    return handler({ params, query, body, caller, request } as OperationInput<Operation> & { caller: ApiCaller; request: Request });
  });
}

/** The query string as an object: a repeated key becomes a list, as forms and `URLSearchParams` send them. */
function queryObject(searchParams: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type))
    throw new AppError("INVALID", "Send the body as JSON (Content-Type: application/json).", { reason: "UNSUPPORTED_MEDIA_TYPE" });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID", "The body is not valid JSON.", { reason: "MALFORMED_JSON" });
  }
}

function tooLarge(): AppError {
  return new AppError("INVALID", `The body is too large: at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`, { reason: "TOO_LARGE" });
}

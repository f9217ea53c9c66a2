import "server-only";
import { AppError, fromPrismaError } from "@/lib/errors";
import { instanceOf, PROBLEM_CONTENT_TYPE, problemFromError, type ProblemContext, type ProblemDetails } from "@/lib/api/problem-details";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/api/request-id";
import { requestLogger } from "@/lib/log";

/** A problem as the response that carries it, uncached, with its request id in the header too. */
export function problemResponse(problem: ProblemDetails, init: { headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", PROBLEM_CONTENT_TYPE);
  headers.set("Cache-Control", "no-store");
  if (problem.requestId) headers.set(REQUEST_ID_HEADER, problem.requestId);
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/** Where the request happened and its id: proxy.ts gave it one; a path the proxy skips gets one here. */
export function problemContextOf(request: Request): Required<ProblemContext> {
  return { instance: instanceOf(request.url), requestId: requestIdFrom(request.headers) };
}

/**
 * Wraps an /api/v1 route handler so every error answers as RFC 9457 problem details: a use case's
 * AppError, a known Prisma error and a zod error say what went wrong; anything else is logged with
 * the request id and answered as a 500 that names only that id.
 */
export function withProblemDetails<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return answerError(request, error);
    }
  };
}

/** The problem response for anything a handler threw (for wrappers that catch errors themselves). */
export function answerError(request: Request, error: unknown): Response {
  const problemContext = problemContextOf(request);
  const known = error instanceof AppError ? error : (fromPrismaError(error) ?? error);
  const problem = problemFromError(known, problemContext);
  if (problem.status >= 500)
    requestLogger(problemContext.requestId).error(
      { err: error, method: request.method, path: problemContext.instance },
      "API request failed",
    );
  return problemResponse(problem);
}

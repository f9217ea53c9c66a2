import "server-only";
import { ALL_SCOPES, hasScope, scopeFromName, scopeName, type ApiScopeName } from "@/lib/auth/api-scopes";
import { getActor, type Actor } from "@/lib/auth/session";
import type { ApiScope } from "@/lib/enums";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { answerError } from "@/lib/api/answer-problems";
import { authenticateApiToken } from "@/lib/server/api-tokens/authenticate-api-token";
import { NO_CREDENTIALS } from "@/lib/api/proxy-problems";
import { createTokenRateLimiter, type TokenRateLimiter } from "@/lib/api/token-rate-limit";

/** Who is calling: the user (every policy applies as in the browser), the scopes held, and how they came. */
export type ApiCaller = { actor: Actor; scopes: readonly ApiScope[]; via: "token" | "session"; tokenPrefix: string | null };

const globalForLimiter = globalThis as unknown as { factmarkTokenLimiter?: TokenRateLimiter };

function tokenLimiter(): TokenRateLimiter {
  globalForLimiter.factmarkTokenLimiter ??= createTokenRateLimiter({
    limit: env().FACTMARK_API_RATE_LIMIT,
    windowSeconds: env().FACTMARK_API_RATE_WINDOW,
  });
  return globalForLimiter.factmarkTokenLimiter;
}

/** The bearer token of the request, "" for a malformed Authorization header, null for none. */
function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}

/** Any refusal as problem details, with the rate-limit headers; a 429 says when to come back, a 401 which scheme to use (RFC 6750). */
function errorResponse(request: Request, error: unknown, headers: Record<string, string>): Response {
  const response = answerError(request, error);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="factmark"');
  return response;
}

/**
 * Every /api/v1 route handler is built here, so none can forget authentication or its scope.
 * A bearer token acts as its user within its scopes, and is counted against its rate limit (the
 * RateLimit headers go on every answer to it); a browser session holds every scope.
 */
export function withApiActor<Context>(
  { scope }: { scope: ApiScopeName },
  handler: (request: Request, caller: ApiCaller, context: Context) => Promise<Response>,
) {
  const needed = scopeFromName(scope);
  if (!needed) throw new Error(`Unknown API scope ${scope}`);
  return async (request: Request, context: Context): Promise<Response> => {
    let limitHeaders: Record<string, string> = {};
    try {
      const token = bearerToken(request);
      let caller: ApiCaller;
      if (token === null) {
        const actor = await getActor();
        if (!actor) throw new AppError("UNAUTHENTICATED", NO_CREDENTIALS);
        caller = { actor, scopes: ALL_SCOPES, via: "session", tokenPrefix: null };
      } else {
        if (!token) throw new AppError("UNAUTHENTICATED", "The Authorization header must be `Bearer <token>`.");
        const authenticated = await authenticateApiToken({ token });
        const outcome = await tokenLimiter().take(authenticated.tokenId);
        limitHeaders = outcome.headers;
        if (!outcome.isAllowed) {
          throw new AppError("RATE_LIMITED", `Too many requests with this token: try again in ${outcome.resetSeconds} s.`);
        }
        caller = { actor: authenticated.actor, scopes: authenticated.scopes, via: "token", tokenPrefix: authenticated.prefix };
      }
      if (!hasScope(caller.scopes, needed)) {
        throw new AppError("FORBIDDEN", `This token lacks the "${scopeName(needed)}" scope, which this request needs.`, {
          reason: "MISSING_SCOPE",
        });
      }
      const response = await handler(request, caller, context);
      for (const [name, value] of Object.entries(limitHeaders)) response.headers.set(name, value);
      return response;
    } catch (error) {
      return errorResponse(request, error, limitHeaders);
    }
  };
}

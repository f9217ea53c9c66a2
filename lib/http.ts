import "server-only";
import { NextResponse } from "next/server";
import { requireActor, type Actor } from "@/lib/auth/session";
import { AppError, fromPrismaError } from "@/lib/errors";

/** Wraps a route handler so it cannot forget authentication and answers errors as JSON. */
export function withActor<Context>(handler: (request: Request, actor: Actor, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context) => {
    try {
      return await handler(request, await requireActor(), context);
    } catch (error) {
      const appError = error instanceof AppError ? error : fromPrismaError(error);
      if (!appError) throw error;
      return NextResponse.json({ error: appError.message, code: appError.code, ...appError.details }, { status: appError.status });
    }
  };
}

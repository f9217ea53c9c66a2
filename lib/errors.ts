import { Prisma } from "@/lib/generated/prisma/client";

export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "RATE_LIMITED";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** The one error type use cases throw; `details` carries field errors or the conflicting record. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status() {
    return HTTP_STATUS[this.code];
  }
}

/** Maps Prisma's known request errors by code (never by message text); returns null otherwise. */
export function fromPrismaError(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === "P2002") return new AppError("CONFLICT", "That record already exists.", { target: error.meta?.target });
  if (error.code === "P2025") return new AppError("NOT_FOUND", "That record no longer exists.");
  return null;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: AppErrorCode; message: string; details?: Record<string, unknown> };

/** Server actions return errors as data (thrown errors lose their message in production). */
export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    const appError = error instanceof AppError ? error : fromPrismaError(error);
    if (appError) return { ok: false, code: appError.code, message: appError.message, details: appError.details };
    throw error;
  }
}

/**
 * A unique index refused the write (Prisma's P2002). Told by the error code, never the message
 * text, which changes between Prisma versions and driver adapters.
 */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

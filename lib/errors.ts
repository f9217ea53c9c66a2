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

/** What an error may carry beside its message; every key is optional and typed, so callers never cast. */
export type AppErrorDetails = {
  /** INVALID: the dotted path of the first field that failed. */
  field?: string;
  /** INVALID: one message per form field, for forms that show it beside the field. */
  fieldErrors?: Record<string, string>;
  /** A machine-readable reason beside the message (e.g. TOO_LARGE, EMPTY). */
  reason?: string;
  /** Why a workflow step is refused, in words the UI shows. */
  problems?: string[];
  /** CONFLICT: the record as it is now, when the action returns that kind of record. */
  current?: unknown;
  /** CONFLICT: the article revision the browser should reload to. */
  currentRevision?: number;
  /** CONFLICT on import: the article that already has this text. */
  existingArticleId?: string;
  existingTitle?: string;
  target?: unknown;
};

/** The one error type use cases throw. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
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

type FailureFields = Omit<AppErrorDetails, "current" | "target">;

/**
 * What a server action answers, as data (thrown errors lose their message in production).
 * A conflict carries the current state of the record the action returns, when there is one.
 * UNAVAILABLE never comes from the server: the client helper (`callAction`) turns a request that
 * failed on the way (offline, a 500, an unreadable answer) into it.
 */
export type ActionSuccess<T> = { ok: true; data: T };
export type ActionConflict<T> = { ok: false; code: "CONFLICT"; message: string; current?: T } & FailureFields;
export type ActionFailure = { ok: false; code: Exclude<AppErrorCode, "CONFLICT"> | "UNAVAILABLE"; message: string } & FailureFields;
export type ActionResult<T> = ActionSuccess<T> | ActionConflict<T> | ActionFailure;

/** Runs a use case and returns its result or its AppError as data; anything else is a real fault and is thrown. */
export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    const appError = error instanceof AppError ? error : fromPrismaError(error);
    if (!appError) throw error;
    const { current, target: _target, ...details } = appError.details;
    if (appError.code === "CONFLICT")
      return { ok: false, code: "CONFLICT", message: appError.message, ...details, current: current as T | undefined };
    return { ok: false, code: appError.code, message: appError.message, ...details };
  }
}

/**
 * A unique index refused the write (Prisma's P2002). Told by the error code, never the message
 * text, which changes between Prisma versions and driver adapters.
 */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

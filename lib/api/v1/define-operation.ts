import type { z } from "zod";
import type { ApiScopeName } from "@/lib/auth/api-scopes";

// One operation of /api/v1, declared once: the route handler parses its request with these
// schemas (api-route.ts) and the OpenAPI document is generated from them (openapi-document.ts),
// so no shape is written twice.

export type HttpMethod = "get" | "post" | "patch" | "put" | "delete";

/** The refusals an operation can answer, as problem details (beside 401 and 429, which every operation can). */
export type ProblemStatus = 400 | 403 | 404 | 409 | 413 | 422;

export type ApiResponse = {
  description: string;
  /** The JSON body; absent for a 204, or when `contentType` names a non-JSON body. */
  schema?: z.ZodType;
  /** For a body that is not JSON (a PDF, a CSV): its media type, described by `schema` when it is text. */
  contentType?: string;
  /**
   * One status answered in several media types, each with its body's schema (an export, in the
   * format the request names); in place of `schema` and `contentType`.
   */
  content?: Record<string, z.ZodType>;
};

type ParamsObject = z.ZodObject;

export type ApiOperation<
  Params extends ParamsObject | undefined = ParamsObject | undefined,
  Query extends ParamsObject | undefined = ParamsObject | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
> = {
  operationId: string;
  method: HttpMethod;
  /** Relative to /api/v1, in OpenAPI's form: "/articles/{articleId}". */
  path: `/${string}`;
  /** The token scope it needs; the actor's role and the policies apply on top, as in the browser. */
  scope: ApiScopeName;
  tag: string;
  summary: string;
  description?: string;
  params?: Params;
  query?: Query;
  body?: Body;
  /** What a success answers, by status. */
  responses: Partial<Record<200 | 201 | 202 | 204, ApiResponse>>;
  problems: readonly ProblemStatus[];
  /** What a 409 carries as `current` (the record as it is now), when its conflicts always carry it. */
  conflictCurrent?: z.ZodType;
};

/** Declares an operation, keeping its schemas' types for the handler (apiRoute). */
export function defineOperation<
  Params extends ParamsObject | undefined = undefined,
  Query extends ParamsObject | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
>(operation: ApiOperation<Params, Query, Body>): ApiOperation<Params, Query, Body> {
  return operation;
}

type Parsed<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

/** What a handler receives: every part of the request already parsed by the operation's schemas. */
export type OperationInput<Operation> =
  Operation extends ApiOperation<infer Params, infer Query, infer Body>
    ? { params: Parsed<Params>; query: Parsed<Query>; body: Parsed<Body> }
    : never;

import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject } from "zod-openapi";
import { problemDetailsSchema } from "@/lib/api/problem-details";
import {
  WEBHOOK_EVENT_LABELS,
  WEBHOOK_TEST_EVENT_TYPE,
  webhookPayloadSchema,
  webhookTestPayloadSchema,
} from "@/lib/webhooks/webhook-events";
import type { ApiOperation, ProblemStatus } from "@/lib/api/v1/define-operation";

export const API_BASE_PATH = "/api/v1";
/** The version of the contract (not of the app): a breaking change would be /api/v2. */
const API_VERSION = "1.0.0";

const problemSchema = problemDetailsSchema.meta({ id: "Problem", description: "RFC 9457 problem details." });

const PROBLEM_DESCRIPTIONS: Record<ProblemStatus | 401 | 429, string> = {
  400: "The request cannot be read.",
  401: "No valid token or session: a missing, malformed, unknown, expired or revoked token.",
  403: "The token lacks the scope (reason MISSING_SCOPE), or the user's role may not do this.",
  404: "Not found, or not readable by this user.",
  409: "Conflicts with the current state (a stale version: `current` holds the record as it is now).",
  413: "The request is over 3 MB: refused before its body is read.",
  422: "The input is invalid: `errors` has a message per field.",
  429: "Too many requests with this token: see Retry-After and RateLimit.",
};

function problemResponse(status: ProblemStatus | 401 | 429, conflictCurrent?: z.ZodType) {
  // A conflict that always says what the record is now: the problem, with `current` in that record's own schema.
  const schema = status === 409 && conflictCurrent ? problemSchema.extend({ current: conflictCurrent }) : problemSchema;
  return { description: PROBLEM_DESCRIPTIONS[status], content: { "application/problem+json": { schema } } };
}

function operationObject(operation: ApiOperation): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    const content =
      response.content ??
      (response.schema || response.contentType ? { [response.contentType ?? "application/json"]: response.schema ?? z.string() } : null);
    responses[status] = {
      description: response.description,
      ...(content && { content: Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema }])) }),
    };
  }
  // Any request may meet 401 and 429, and 413 too: the proxy refuses a body over the limit before routing it.
  for (const status of new Set([401, ...operation.problems, 413, 429] as const))
    responses[String(status)] = problemResponse(status, operation.conflictCurrent);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description && { description: operation.description }),
    tags: [operation.tag],
    security: [{ bearerToken: [operation.scope] }, { sessionCookie: [] }],
    requestParams: { ...(operation.params && { path: operation.params }), ...(operation.query && { query: operation.query }) },
    ...(operation.body && { requestBody: { required: true, content: { "application/json": { schema: operation.body } } } }),
    responses,
  };
}

const webhookHeaders = z.object({
  "webhook-id": z.string().meta({ description: "The event's id, the same on every retry: deduplicate on it." }),
  "webhook-timestamp": z.string().meta({ description: "Seconds since the epoch when this attempt was signed." }),
  "webhook-signature": z
    .string()
    .meta({ description: "`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint's secret (Standard Webhooks)." }),
  "webhook-attempt-id": z.string().meta({ description: "Unique per attempt." }),
});

/** What endpoints receive (OpenAPI 3.1's `webhooks`): each event type's body, and the signature headers. */
function webhookOperations(): ZodOpenApiPathsObject {
  const bodies = [...webhookPayloadSchema.options, webhookTestPayloadSchema];
  return Object.fromEntries(
    bodies.map((body) => {
      const type = body.shape.type.value;
      const label = type === WEBHOOK_TEST_EVENT_TYPE ? "A test event, sent from the endpoint's settings" : WEBHOOK_EVENT_LABELS[type];
      return [
        type,
        {
          post: {
            operationId: `webhook:${type}`,
            summary: label,
            tags: ["Webhooks"],
            requestParams: { header: webhookHeaders },
            requestBody: { required: true, content: { "application/json": { schema: body } } },
            responses: { "200": { description: "Any 2xx answer means delivered; anything else is retried with backoff." } },
          },
        },
      ];
    }),
  );
}

/** The OpenAPI 3.1 document of /api/v1, generated from the operations' own schemas. Pure. */
export function buildOpenApiDocument(operations: readonly ApiOperation[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    const path = (paths[API_BASE_PATH + operation.path] ??= {});
    path[operation.method] = operationObject(operation);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Factmark API",
      version: API_VERSION,
      description:
        "The fact-check workbench's API. A token acts as its user, through the same policies as the browser, and never beyond its scopes. Every error is RFC 9457 problem details.",
    },
    // No `servers`: OpenAPI's default is "/", this origin, and a list of one would only add an unlabelled chooser to the reference page.
    paths,
    webhooks: webhookOperations(),
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "A personal access token (fmk_…), made on Settings → API tokens or with `npm run token:create`.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "A signed-in browser session: every scope.",
        },
      },
    },
  });
}

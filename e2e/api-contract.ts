// The API's contract, checked from outside: each response of a real server is validated against
// the OpenAPI document that server publishes, with a JSON Schema validator of its own (Ajv), so a
// route answering a shape its document does not describe fails the spec that drove it.
// api-contract-coverage.test.ts checks that every operation of the document is driven here.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, type APIResponse, type APIRequestContext } from "@playwright/test";

type Json = Record<string, unknown>;
type OpenApiDocument = {
  paths: Record<string, Record<string, Json>>;
  webhooks: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};

let cached: Promise<{ document: OpenApiDocument; ajv: Ajv2020 }> | null = null;

async function load(request: APIRequestContext) {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "openapi", components: document.components }, "openapi");
  return { document, ajv };
}

function findOperation(document: OpenApiDocument, operationId: string): Json {
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item)) if (operation.operationId === operationId) return operation;
  throw new Error(`The OpenAPI document has no operation ${operationId}`);
}

/** Rewrites the document's local refs so Ajv resolves them in the schema registered as "openapi". */
function rebased(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebased);
  if (typeof schema !== "object" || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === "$ref" && typeof value === "string" ? `openapi${value}` : rebased(value)]),
  );
}

/**
 * Asserts that `response` is one the document describes for `operationId`: its status is listed,
 * its media type is, and its JSON body matches the schema. Returns the parsed body (JSON) or null.
 */
export async function expectContract(request: APIRequestContext, response: APIResponse, operationId: string): Promise<unknown> {
  cached ??= load(request);
  const { document, ajv } = await cached;
  const operation = findOperation(document, operationId);
  const responses = operation.responses as Record<string, { content?: Record<string, { schema?: Json }> }>;
  const status = String(response.status());
  const described = responses[status];
  expect(
    described,
    `${operationId} answered ${status}, which its document does not list (${Object.keys(responses).join(", ")})`,
  ).toBeDefined();
  const contentType = (response.headers()["content-type"] ?? "").split(";")[0]!.trim();
  if (!described!.content) {
    expect(contentType, `${operationId} ${status} has no body in its document`).toBe("");
    return null;
  }
  const media = described!.content[contentType];
  expect(
    media,
    `${operationId} ${status} answered ${contentType}; the document says ${Object.keys(described!.content).join(", ")}`,
  ).toBeDefined();
  if (!/json$/.test(contentType)) return null;
  const body: unknown = await response.json();
  const validateBody = ajv.compile(rebased(media!.schema ?? {}) as Json);
  expect(
    validateBody(body),
    `${operationId} ${status}: ${ajv.errorsText(validateBody.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
  ).toBe(true);
  return body;
}

/** Asserts that a body an endpoint received is what the document's `webhooks` describe for its type. */
export async function expectWebhookContract(request: APIRequestContext, body: string): Promise<void> {
  cached ??= load(request);
  const { document, ajv } = await cached;
  const parsed = JSON.parse(body) as { type?: string };
  const described = document.webhooks[parsed.type ?? ""]?.post as
    { requestBody: { content: Record<string, { schema: Json }> } } | undefined;
  expect(described, `the document describes no webhook "${parsed.type}"`).toBeDefined();
  const validateBody = ajv.compile(rebased(described!.requestBody.content["application/json"]!.schema) as Json);
  expect(validateBody(parsed), `webhook ${parsed.type}: ${ajv.errorsText(validateBody.errors)}`).toBe(true);
}

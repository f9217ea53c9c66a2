import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { API_BASE_PATH, buildOpenApiDocument } from "@/lib/api/v1/openapi-document";
import { API_OPERATIONS } from "@/lib/api/v1/operations";

const routeFileOf = (path: string) => join(process.cwd(), "app/api/v1", path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");

describe("the API's operations", () => {
  it("have unique ids and unique method + path pairs", () => {
    expect(new Set(API_OPERATIONS.map((operation) => operation.operationId)).size).toBe(API_OPERATIONS.length);
    expect(new Set(API_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`)).size).toBe(API_OPERATIONS.length);
  });

  it.each(API_OPERATIONS.map((operation) => [operation.operationId, operation] as const))(
    "%s is served by its route file, built from the operation",
    (_id, operation) => {
      const file = routeFileOf(operation.path);
      expect(existsSync(file), file).toBe(true);
      const source = readFileSync(file, "utf8");
      expect(source).toMatch(new RegExp(`export const ${operation.method.toUpperCase()} = apiRoute\\(${operation.operationId}\\b`));
    },
  );

  it("name each path parameter in their params schema", () => {
    for (const operation of API_OPERATIONS) {
      const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(Object.keys(operation.params?.shape ?? {}).sort(), operation.operationId).toEqual(names.sort());
    }
  });
});

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument(API_OPERATIONS);

  it("passes an OpenAPI 3.1 validator", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("lists every operation under /api/v1 with its scope and the problem responses", () => {
    for (const operation of API_OPERATIONS) {
      const entry = document.paths?.[API_BASE_PATH + operation.path]?.[operation.method];
      expect(entry?.operationId).toBe(operation.operationId);
      expect(entry?.security).toContainEqual({ bearerToken: [operation.scope] });
      expect(Object.keys(entry?.responses ?? {})).toEqual(expect.arrayContaining(["401", "429"]));
    }
  });
});

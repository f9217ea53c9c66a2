import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { API_OPERATIONS } from "@/lib/api/v1/operations";

// The contract test is spread over the API's e2e specs: each drives its operations against the
// real server and checks every answer with expectContract (e2e/api-contract.ts). This keeps that
// promise whole: an operation no spec checks fails here.
it("every operation of the API is checked against the document by some e2e spec", () => {
  const e2e = join(process.cwd(), "e2e");
  const sources = readdirSync(e2e)
    .filter((file) => file.endsWith(".spec.ts"))
    .map((file) => readFileSync(join(e2e, file), "utf8"))
    .join("\n");
  const checked = new Set([...sources.matchAll(/expectContract\([^;]*?"(\w+)"\s*,?\s*\)/g)].map((match) => match[1]));
  const unchecked = API_OPERATIONS.map((operation) => operation.operationId).filter((id) => !checked.has(id));
  expect(unchecked).toEqual([]);
});

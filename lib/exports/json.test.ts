import { describe, expect, it } from "vitest";
import { renderJson } from "./json";
import { REPORT_SCHEMA_VERSION } from "./report-model";
import { hostileModel, plainModel } from "./test-fixtures";

describe("JSON export", () => {
  it("carries the schema version and the whole model, and parses back to it", () => {
    const model = hostileModel();
    const parsed = JSON.parse(renderJson(model).toString("utf8")) as typeof model;
    expect(parsed.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(parsed).toEqual(model);
  });
  it("is byte-identical for the same data and ends with a newline", () => {
    const bytes = renderJson(plainModel());
    expect(bytes.equals(renderJson(plainModel()))).toBe(true);
    expect(bytes.at(-1)).toBe(0x0a);
  });
});

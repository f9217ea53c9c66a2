// The JSON export: the whole report model (article, findings with verdicts, sources and reviews,
// sign-offs, revisions) under a versioned schema, documented in docs/export-schema.md. The model
// is built in a fixed key order, so JSON.stringify of it is already deterministic.
import type { ReportModel } from "./report-model";

export function renderJson(model: ReportModel): Buffer {
  return Buffer.from(`${JSON.stringify(model, null, 2)}\n`, "utf8");
}

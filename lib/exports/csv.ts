// CSV: one row per annotation, written by csv-stringify (quoting, embedded newlines). Spreadsheets
// run cells that start with = + - @ (and tab or CR) as formulas, so such cells get a leading
// apostrophe (OWASP's advice); the file starts with a UTF-8 byte order mark so Excel reads it as
// UTF-8. Columns are documented in the README (CSV_COLUMNS is the list).
import { stringify } from "csv-stringify/sync";
import { KIND_LABELS, QUOTE_CHECK_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/enums";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import { richTextToPlain } from "./rich-text";
import type { ReportFinding, ReportModel } from "./report-model";

export const CSV_COLUMNS = [
  "article_id",
  "article_title",
  "annotation_id",
  "kind",
  "status",
  "start",
  "end",
  "quote",
  "checkable_claim",
  "verdict",
  "rationale",
  "speaker",
  "quote_check",
  "quote_origin",
  "holder",
  "rests_on",
  "note",
  "sources",
  "author",
  "approved_by",
  "approved_version",
  "updated_at",
] as const;

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe, which shows as text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function sourcesCell(finding: ReportFinding): string {
  // One source per line: "stance: url (title, publisher, published YYYY-MM-DD, accessed YYYY-MM-DD, archived url)".
  return finding.sources
    .map((s) => {
      const details = [
        s.title,
        s.publisher,
        s.publishedOn && `published ${s.publishedOn}`,
        s.accessedOn && `accessed ${s.accessedOn}`,
        s.archiveUrl && `archived ${s.archiveUrl}`,
      ]
        .filter(Boolean)
        .join(", ");
      return `${STANCE_LABELS[s.stance]}: ${s.url}${details ? ` (${details})` : ""}`;
    })
    .join("\n");
}

function row(model: ReportModel, f: ReportFinding): Record<(typeof CSV_COLUMNS)[number], string> {
  const approval = f.reviews.findLast((r) => r.outcome === "APPROVED");
  return {
    article_id: model.article.id,
    article_title: model.article.title,
    annotation_id: f.id,
    kind: KIND_LABELS[f.kind],
    status: STATUS_LABELS[f.status],
    start: String(f.start),
    end: String(f.end),
    quote: f.exact,
    checkable_claim: f.claimText ?? "",
    verdict: f.verdict ? VERDICT_LABELS[f.verdict.rating] : "",
    rationale: richTextToPlain(f.verdict?.rationale ?? null),
    speaker: f.speaker ?? "",
    quote_check: f.quoteCheck ? QUOTE_CHECK_LABELS[f.quoteCheck] : "",
    quote_origin: f.quoteOrigin ?? "",
    holder: f.holder ?? "",
    rests_on: f.restsOn.join(" "),
    note: f.note ?? "",
    sources: sourcesCell(f),
    author: f.author,
    approved_by: approval?.reviewer ?? "",
    approved_version: approval ? String(approval.version) : "",
    updated_at: f.updatedAt,
  };
}

/** Rows for several articles in one file (a selection from the article list) share the header. */
export function renderCsv(models: ReportModel | readonly ReportModel[]): Buffer {
  const list: readonly ReportModel[] = "findings" in models ? [models] : models;
  const records = list.flatMap((model) =>
    model.findings.map((f) => {
      const cells = row(model, f);
      return CSV_COLUMNS.map((column) => neutraliseFormula(cells[column]));
    }),
  );
  const body = stringify(records, {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: "\r\n",
    quoted_match: /[\u202A-\u202E\u2066-\u2069]/,
  });
  return Buffer.from(BOM + body, "utf8");
}

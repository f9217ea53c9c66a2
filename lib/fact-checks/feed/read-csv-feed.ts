import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse, type CsvError, type Info } from "csv-parse";
import { LIBRARY_FIELDS, type LibraryField } from "@/lib/validation/fact-check";
import { MAX_ITEM_CHARS } from "../limits";
import { checkLibraryFields } from "../read-claim-review";
import { FeedStop, type FeedEvent } from "./feed-event";

const FIELD_BY_NAME = new Map(LIBRARY_FIELDS.map((field) => [field.toLowerCase(), field]));
const REQUIRED: LibraryField[] = ["claimReviewed", "url"];

/** The delimiter the header row uses most: comma, semicolon (spreadsheets in many locales) or tab. */
export function guessDelimiter(head: string): string {
  const line = head.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, count: line.split(delimiter).length - 1 }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

/** The header row's columns as library fields (null for a column the library does not read). */
function columnsOf(header: string[], notices: string[]): (LibraryField | null)[] {
  const columns = header.map((name) => FIELD_BY_NAME.get(name.trim().toLowerCase()) ?? null);
  const missing = REQUIRED.filter((field) => !columns.includes(field));
  if (missing.length)
    throw new FeedStop(
      `The CSV has no ${missing.join(" or ")} column. Its first row names the columns, among: ${LIBRARY_FIELDS.join(", ")}.`,
    );
  const unknown = header.filter((_, index) => columns[index] === null).map((name) => name.trim() || "(unnamed)");
  if (unknown.length) notices.push(`Columns the library does not read were left out: ${unknown.slice(0, 10).join(", ")}.`);
  return columns;
}

function rowPosition(info: Info | undefined, fallback: number): string {
  return `row ${info?.lines ?? fallback}`;
}

/**
 * CSV with a header row naming ClaimReview fields (LIBRARY_FIELDS, any case). Each row is an
 * item, numbered by its line in the file (the header is row 1). A row the CSV parser cannot read
 * (a stray quote) is refused on its own; values are text, never formulas.
 */
export async function* readCsvFeed(text: AsyncIterable<string>, delimiter: string, notices: string[]): AsyncGenerator<FeedEvent> {
  const skipped: CsvError[] = [];
  // The error's context carries the line it was met on (typed `unknown` by csv-parse).
  const lineOf = (error: CsvError): number | null => (typeof error.lines === "number" ? error.lines : null);
  const parser = parse({
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_ITEM_CHARS,
  });
  // A source that fails (bytes that are not UTF-8, a cut upload) ends the parser normally after
  // the last whole line it gave, so every row before is read; its reason is thrown after them.
  // (pipe would leave the parser waiting, and destroying the parser would lose the rows it holds.)
  let failure: unknown = null;
  pipeline(
    Readable.from(
      wholeLines(text, (error) => {
        failure = error;
      }),
    ),
    parser,
  ).catch(() => {});
  // One refusal per row: a broken quote can make the parser report the same row twice.
  parser.on("skip", (error: CsvError) => {
    const last = skipped.at(-1);
    if (!last || lineOf(last) !== lineOf(error)) skipped.push(error);
  });
  let columns: (LibraryField | null)[] | null = null;
  let rows = 0;
  // The parser reports a row it skipped as soon as it meets it, before the rows it read earlier
  // reach this loop: each is held until the rows before it have been yielded.
  const skippedRows = function* (beforeLine = Infinity): Generator<FeedEvent> {
    while (skipped.length && (lineOf(skipped[0]!) ?? 0) < beforeLine) {
      const error = skipped.shift()!;
      yield { type: "refused", position: `row ${lineOf(error) ?? "?"}`, reason: `the CSV cannot be read here (${error.message}).` };
    }
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      yield* skippedRows(info.lines);
      rows++;
      if (!columns) {
        columns = columnsOf(record, notices);
        continue;
      }
      const position = rowPosition(info, rows);
      if (record.length > columns.length) {
        yield { type: "refused", position, reason: `it has ${record.length} values for ${columns.length} columns.` };
        continue;
      }
      const fields: Partial<Record<LibraryField, unknown>> = {};
      record.forEach((value, index) => {
        const field = columns![index];
        if (field && value.trim()) fields[field] = value;
      });
      const reading = checkLibraryFields(fields);
      yield reading.ok ? { type: "entry", position, entry: reading.entry } : { type: "refused", position, reason: reading.reason };
    }
  } catch (error) {
    if (error instanceof FeedStop) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedStop(`The CSV cannot be read on after row ${rows} (${message}).`);
  } finally {
    parser.destroy();
  }
  yield* skippedRows();
  if (failure) throw failure;
  if (!columns) throw new FeedStop("The CSV is empty: its first row names the columns (claimReviewed, url, …).");
}

/**
 * The text in pieces that end at a line break, the rest held until more comes: when the source
 * fails, the line it was cut in the middle of is never parsed as a row. A line longer than any
 * row may be is passed on anyway (the parser refuses it).
 */
async function* wholeLines(text: AsyncIterable<string>, onFailure: (error: unknown) => void): AsyncGenerator<string> {
  let tail = "";
  try {
    for await (const chunk of text) {
      const joined = tail + chunk;
      const cut = joined.lastIndexOf("\n") + 1;
      if (cut > 0) {
        yield joined.slice(0, cut);
        tail = joined.slice(cut);
      } else tail = joined;
      if (tail.length > 2 * MAX_ITEM_CHARS) {
        yield tail;
        tail = "";
      }
    }
    if (tail) yield tail;
  } catch (error) {
    onFailure(error);
  }
}

import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { SEARCH_RESULT_TYPES, type SearchResultType } from "./types";

/**
 * Where a page of search results ends: the last result's place in the order (score, type, id),
 * and whether the results are near matches. The cursor also carries a check over its contents and
 * the search it belongs to, so an edited or copied cursor, or one from another search, is refused
 * with a message instead of paging somewhere arbitrary. It grants nothing: every page is scoped
 * to the actor anew, so the check only has to catch mistakes and junk, not forgers.
 */
export type SearchCursor = { score: number; type: SearchResultType; id: string; near: boolean };

const VERSION = 1;
const MAX_CURSOR_LENGTH = 400;

function check(payload: unknown[], searchKey: string): string {
  return createHash("sha256")
    .update(JSON.stringify([payload, searchKey]))
    .digest("base64url")
    .slice(0, 16);
}

/** `searchKey` names the search (its query and filters): see searchKeyOf. */
export function encodeSearchCursor(cursor: SearchCursor, searchKey: string): string {
  const payload = [VERSION, cursor.score, SEARCH_RESULT_TYPES.indexOf(cursor.type), cursor.id, cursor.near ? 1 : 0];
  return Buffer.from(JSON.stringify([...payload, check(payload, searchKey)])).toString("base64url");
}

export function decodeSearchCursor(value: string, searchKey: string): SearchCursor {
  const invalid = (message = "That page link is not valid: start again from the first page.") =>
    new AppError("INVALID", message, { field: "after", fieldErrors: { after: message } });
  if (value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 6) throw invalid();
  const [version, score, typeIndex, id, near, mac] = parsed as unknown[];
  const type = SEARCH_RESULT_TYPES[typeIndex as number];
  if (
    version !== VERSION ||
    typeof score !== "number" ||
    !Number.isFinite(score) ||
    !type ||
    typeof id !== "string" ||
    !/^[A-Za-z0-9_-]{1,40}$/.test(id) ||
    (near !== 0 && near !== 1) ||
    typeof mac !== "string"
  ) {
    throw invalid();
  }
  if (mac !== check([version, score, typeIndex, id, near], searchKey)) {
    throw invalid("That page link belongs to another search or was changed: start again from the first page.");
  }
  return { score, type, id, near: near === 1 };
}

/** One string for a search's query and filters (not its cursor), the same however they were written in the URL. */
export function searchKeyOf(search: Record<string, unknown>): string {
  const entries = Object.entries(search)
    .filter(([name, value]) => name !== "after" && value !== undefined && value !== null && value !== "")
    .map(([name, value]) => [name, typeof value === "string" ? value.normalize("NFKC").toLocaleLowerCase("en").trim() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}

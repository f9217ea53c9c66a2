// Calls the app's real server actions over HTTP, as the browser's Next client does, so a spec can
// drive them with any session (or none) and read the result the action returned.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type * as annotationActions from "../lib/actions/annotation-actions";
import type * as apiTokenActions from "../lib/actions/api-token-actions";
import type * as articleActions from "../lib/actions/article-actions";
import type * as commentActions from "../lib/actions/comment-actions";
import type * as reviewActions from "../lib/actions/review-actions";
import type * as reportActions from "../lib/actions/report-actions";

type JsonActions = typeof annotationActions & typeof reviewActions & typeof reportActions & typeof commentActions & typeof apiTokenActions;
export type ActionName = keyof JsonActions;
export type ActionInput<Name extends ActionName> = Parameters<JsonActions[Name]>[0];
export type ActionOutput<Name extends ActionName> = Awaited<ReturnType<JsonActions[Name]>>;
export type FormActionName = keyof typeof articleActions;

/** What came back: the action's own result when it ran, the redirect when it (or the proxy) redirected. */
export type ActionAnswer<Result> = { status: number; result: Result | null; redirect: string | null; text: string };

const MANIFEST = path.join(import.meta.dirname, "..", ".next", "server", "server-reference-manifest.json");
let actionIds: Map<string, string> | undefined;

/** The id `next build` gave the exported action, read from the build's server reference manifest. */
export function actionId(exportedName: string): string {
  if (!actionIds) {
    const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as { node: Record<string, { exportedName?: string }> };
    const byName = new Map<string, string[]>();
    for (const [id, entry] of Object.entries(manifest.node)) {
      if (entry.exportedName) byName.set(entry.exportedName, [...(byName.get(entry.exportedName) ?? []), id]);
    }
    actionIds = new Map([...byName].filter(([, ids]) => ids.length === 1).map(([name, ids]) => [name, ids[0]!]));
  }
  const id = actionIds.get(exportedName);
  if (!id) throw new Error(`No single server action named ${exportedName} in ${MANIFEST}: run \`next build\` first.`);
  return id;
}

const ACTION_HEADERS = { accept: "text/x-component" };

/** A `defineAction` action: the body is the JSON array of its arguments. Redirects are reported, not followed. */
export async function postAction<Name extends ActionName>(
  request: APIRequestContext,
  pagePath: string,
  name: Name,
  input: ActionInput<Name>,
): Promise<ActionAnswer<ActionOutput<Name>>> {
  return postActionBody(request, pagePath, name, JSON.stringify([input]));
}

/** The same with the body written out: for arguments no well-behaved encoder would produce. */
export async function postActionBody<Name extends ActionName>(
  request: APIRequestContext,
  pagePath: string,
  name: Name,
  body: string,
): Promise<ActionAnswer<ActionOutput<Name>>> {
  const response = await request.post(pagePath, {
    headers: { ...ACTION_HEADERS, "next-action": actionId(name), "content-type": "text/plain;charset=UTF-8" },
    data: body,
    maxRedirects: 0,
  });
  return readAnswer<ActionOutput<Name>>(response);
}

/**
 * A `defineFormAction` action as `useActionState` submits it: React's encodeReply puts the
 * arguments `[previousState, formData]` in field "0" as `[null,"$K1"]`, and the form's own fields
 * beside it as "_1_<name>" (FormData part 1). A success that redirects answers with
 * `x-action-redirect`.
 */
export async function postFormAction(
  request: APIRequestContext,
  pagePath: string,
  name: FormActionName,
  fields: Record<string, string | File>,
): Promise<ActionAnswer<{ ok: boolean; code?: string; message?: string }>> {
  const multipart = new FormData();
  for (const [field, value] of Object.entries(fields)) multipart.append(`_1_${field}`, value);
  multipart.append("0", JSON.stringify([null, "$K1"]));
  const response = await request.post(pagePath, {
    headers: { ...ACTION_HEADERS, "next-action": actionId(name) },
    multipart,
    maxRedirects: 0,
  });
  return readAnswer(response);
}

async function readAnswer<Result>(response: APIResponse): Promise<ActionAnswer<Result>> {
  const body = await response.body();
  const text = body.toString("utf8");
  const actionRedirect = response.headers()["x-action-redirect"];
  const location = response.headers()["location"];
  const redirect = actionRedirect ? actionRedirect.split(";")[0]! : (location ?? null);
  const isRsc = (response.headers()["content-type"] ?? "").startsWith("text/x-component");
  const result = isRsc && response.status() < 300 ? (actionResult(body) as Result | undefined) : undefined;
  return { status: response.status(), result: result ?? null, redirect, text };
}

/**
 * The action's return value out of an RSC (React Flight) answer. The answer is a list of rows
 * `<hex id>:<row>`; row 0 is Next's envelope whose `a` names the row of the action result as
 * "$@<id>". A text row is `T<hex byte length>,<bytes>` with no newline of its own, so rows are
 * read from the bytes, not split on newlines. References inside the value ("$<id>", "$@<id>") are
 * resolved, and "$$" unescaped. Undefined when the answer holds no action result.
 */
export function actionResult(body: Buffer): unknown {
  const rows = flightRows(body);
  const envelope = rows.get("0");
  if (!envelope || envelope.kind !== "json" || typeof envelope.value !== "object" || envelope.value === null) return undefined;
  const reference = (envelope.value as { a?: unknown }).a;
  if (reference === undefined) return undefined;
  return revive(reference, rows, new Set());
}

type FlightRow = { kind: "json"; value: unknown } | { kind: "text"; value: string } | { kind: "error"; value: unknown } | { kind: "other" };

function flightRows(body: Buffer): Map<string, FlightRow> {
  const rows = new Map<string, FlightRow>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(0x3a, at); // ":"
    if (colon < 0) break;
    const id = body.subarray(at, colon).toString("latin1").trim();
    const cursor = colon + 1;
    const tag = String.fromCharCode(body[cursor] ?? 0);
    if (tag === "T") {
      const comma = body.indexOf(0x2c, cursor); // ","
      const length = parseInt(body.subarray(cursor + 1, comma).toString("latin1"), 16);
      rows.set(id, { kind: "text", value: body.subarray(comma + 1, comma + 1 + length).toString("utf8") });
      at = comma + 1 + length;
      continue;
    }
    const newline = body.indexOf(0x0a, cursor);
    const end = newline < 0 ? body.length : newline;
    const line = body.subarray(cursor, end).toString("utf8");
    at = end + 1;
    if (/^[[{"\d\-tfn]/.test(line)) rows.set(id, { kind: "json", value: JSON.parse(line) });
    else if (tag === "E") rows.set(id, { kind: "error", value: JSON.parse(line.slice(1)) });
    else rows.set(id, { kind: "other" });
  }
  return rows;
}

function revive(value: unknown, rows: Map<string, FlightRow>, seen: Set<string>): unknown {
  if (typeof value === "string") {
    if (!value.startsWith("$")) return value;
    if (value.startsWith("$$")) return value.slice(1);
    if (value === "$undefined") return undefined;
    const ref = /^\$@?([0-9a-f]+)$/.exec(value);
    if (!ref) return value.startsWith("$D") ? value.slice(2) : value;
    const row = rows.get(ref[1]!);
    if (!row) throw new Error(`The RSC answer refers to row ${ref[1]} and does not contain it.`);
    if (row.kind === "error") throw new Error(`The server action threw: ${JSON.stringify(row.value)}`);
    if (row.kind === "other") throw new Error(`Row ${ref[1]} of the RSC answer is not a value.`);
    if (seen.has(ref[1]!)) throw new Error(`The RSC answer refers to row ${ref[1]} circularly.`);
    return row.kind === "text" ? row.value : revive(row.value, rows, new Set([...seen, ref[1]!]));
  }
  if (Array.isArray(value)) return value.map((item) => revive(item, rows, seen));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item, rows, seen)]));
  }
  return value;
}

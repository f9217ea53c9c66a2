import { test, expect } from "@playwright/test";
import type pg from "pg";
import { testDatabase } from "./people";
import {
  buildFixture,
  call,
  callForm,
  demoActor,
  inBatches,
  newReviewer,
  outcomeOf,
  signedOutActor,
  snapshot,
  spanOf,
  SECOND_SPAN,
  type Actor,
  type Answer,
  type Fixture,
  type Snapshot,
  type Stage,
} from "./review-desk";

// The authorization matrix: every role × every action, driven through the real server actions and
// routes over HTTP with real sessions, each cell on a fresh fixture built by the proper actors.
// The server's rules (lib/workflow/annotation-status.ts, lib/policies/*): everyone signed in reads
// and creates; the author, editors and admins edit, delete and submit; a review step is a second
// person's (never the author's nor the latest editor's, admins included); assignment, sign-off,
// reopening and corrections are for editors and admins; signed out, nothing.
//
// A cell passes only if the outcome is the expected one AND the database agrees: a success changed
// what it should, a refusal changed nothing (not even an audit event). Signed out, each call is made
// twice: with no session (the proxy sends pages to /signin and answers 401 for the API; it lets
// action calls through, so the action answers UNAUTHENTICATED itself), and with the session cookie of an account removed since, which the proxy lets through, so the
// action (or page, or route handler) must refuse it itself: the proxy is not the security boundary.
//
// Exports follow reading (whoever reads the article may download every format, over the route
// handler); publishing and revoking the public report are editors' and admins' calls.

const ROWS = ["admin", "editor", "reviewer", "secondReviewer", "author", "signedOut"] as const;
type Row = (typeof ROWS)[number];
const ROW_LABELS: Record<Row, string> = {
  admin: "admin",
  editor: "editor",
  reviewer: "reviewer (not the author)",
  secondReviewer: "second reviewer (not the author)",
  author: "the annotation's author (a reviewer)",
  signedOut: "signed out",
};

const COLUMNS = [
  "read",
  "search",
  "create",
  "edit",
  "delete",
  "submit",
  "approve",
  "requestChanges",
  "dismiss",
  "assign",
  "assignSignedOff",
  "signOff",
  "reopenArticle",
  "correctText",
  "export",
  "publish",
  "revoke",
] as const;
type Column = (typeof COLUMNS)[number];

type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT";
const OK = "ok";
const NO = "FORBIDDEN";
const OUT = "UNAUTHENTICATED";

/** One outcome per column, in COLUMNS order: a row with a cell missing or extra does not compile. */
type PerColumn<Columns extends readonly unknown[]> = { [I in keyof Columns]: Outcome };

// The expected outcome of every cell, in COLUMNS order:
//   read search create edit delete submit approve requestChanges dismiss assign assignSignedOff signOff reopenArticle correctText export publish revoke
// (assignSignedOff: a signed-off article is read-only, so nobody assigns it until an editor reopens it.)
const EXPECTED: Record<Row, PerColumn<typeof COLUMNS>> = {
  admin: [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NO, OK, OK, OK, OK, OK, OK],
  editor: [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NO, OK, OK, OK, OK, OK, OK],
  reviewer: [OK, OK, OK, NO, NO, NO, OK, OK, OK, NO, NO, NO, NO, NO, OK, NO, NO],
  secondReviewer: [OK, OK, OK, NO, NO, NO, OK, OK, OK, NO, NO, NO, NO, NO, OK, NO, NO],
  author: [OK, OK, OK, OK, OK, OK, NO, NO, NO, NO, NO, NO, NO, NO, OK, NO, NO],
  signedOut: [OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT],
};

type Cast = Record<Row, Actor>;

type Step = {
  /** The state of the fresh fixture the step is tried on. */
  stage: Stage;
  /** Brings the fixture to where the step applies, by the proper actor, before the "before" snapshot. */
  prepare?: (fixture: Fixture, cast: Cast) => Promise<void>;
  /** Tries the step as `actor`; answers "ok" or the refusal's code (or what else came back). */
  attempt: (actor: Actor, fixture: Fixture, cast: Cast) => Promise<string>;
  /** A success must show in the database: what is wrong with `after`, or null. */
  effect?: (after: Snapshot, before: Snapshot, actor: Actor) => string | null;
};

const ref = (f: Fixture) => ({ annotationId: f.annotation.id, version: f.annotation.version });
const annotationIs = (status: string) => (after: Snapshot) =>
  after.annotations[0]?.status === status ? null : `the annotation is ${after.annotations[0]?.status}, not ${status}`;

const STEPS: Record<Column, Step> = {
  // Reading is the article page, the JSON API and the annotation's history, all three.
  read: { stage: "draft", attempt: read },
  // Search is reading: the /search page and GET /api/search find the fixture's article and finding.
  search: { stage: "draft", attempt: search },
  create: {
    stage: "draft",
    attempt: async (actor, f) =>
      outcomeOf(
        await call(actor, f.article.path, "createAnnotationAction", {
          articleId: f.article.id,
          articleRevision: 1,
          kind: "CLAIM",
          ...spanOf(f.article.text, SECOND_SPAN),
        }),
      ),
    effect: (after, before) => (after.annotations.length === before.annotations.length + 1 ? null : "no annotation was added"),
  },
  edit: {
    stage: "complete",
    attempt: async (actor, f) =>
      outcomeOf(await call(actor, f.article.path, "updateAnnotationAction", { ...ref(f), patch: { note: `Checked by ${actor.label}.` } })),
    effect: (after, _before, actor) =>
      after.annotations[0]?.lastEditedById === actor.id ? null : "the edit did not make the actor the latest editor",
  },
  delete: {
    stage: "complete",
    attempt: async (actor, f) => outcomeOf(await call(actor, f.article.path, "deleteAnnotationAction", ref(f))),
    effect: (after) => (after.annotations[0]?.deleted ? null : "the annotation was not deleted"),
  },
  submit: {
    stage: "complete",
    attempt: async (actor, f) => outcomeOf(await call(actor, f.article.path, "submitAnnotationAction", ref(f))),
    effect: annotationIs("SUBMITTED"),
  },
  approve: {
    stage: "submitted",
    attempt: async (actor, f) => outcomeOf(await call(actor, f.article.path, "approveAnnotationAction", ref(f))),
    effect: annotationIs("APPROVED"),
  },
  requestChanges: {
    stage: "submitted",
    attempt: async (actor, f) =>
      outcomeOf(await call(actor, f.article.path, "requestChangesAction", { ...ref(f), reason: "Say which year the rise applies to." })),
    effect: annotationIs("CHANGES_REQUESTED"),
  },
  dismiss: {
    stage: "submitted",
    attempt: async (actor, f) =>
      outcomeOf(await call(actor, f.article.path, "dismissAnnotationAction", { ...ref(f), reason: "Not check-worthy." })),
    effect: annotationIs("DISMISSED"),
  },
  assign: { stage: "draft", attempt: assign, effect: assigned },
  assignSignedOff: { stage: "signedOff", attempt: assign, effect: assigned },
  signOff: {
    stage: "approved",
    attempt: async (actor, f) => outcomeOf(await call(actor, f.article.path, "signOffArticleAction", { articleId: f.article.id })),
    effect: (after) => (after.status === "SIGNED_OFF" ? null : `the article is ${after.status}`),
  },
  reopenArticle: {
    stage: "signedOff",
    attempt: async (actor, f) =>
      outcomeOf(
        await call(actor, f.article.path, "reopenArticleAction", { articleId: f.article.id, reason: "A reader sent a correction." }),
      ),
    effect: (after) => (after.status === "IN_PROGRESS" ? null : `the article is ${after.status}`),
  },
  correctText: {
    stage: "draft",
    attempt: async (actor, f) => {
      const answer = await callForm(actor, `${f.article.path}/correct`, "correctArticleAction", {
        articleId: f.article.id,
        revision: "1",
        text: f.article.text.replace("£1.2 billion", "£1.3 billion"),
      });
      // A correction that succeeds redirects to the article, saying how many annotations moved with the text.
      if (answer.redirect === `${f.article.path}?corrected=1-0`) return "ok";
      return outcomeOf(answer);
    },
    effect: (after) => (after.revision === 2 ? null : `the article is at revision ${after.revision}`),
  },
  export: { stage: "signedOff", attempt: exportEveryFormat },
  publish: {
    stage: "signedOff",
    attempt: async (actor, f) =>
      outcomeOf(await call(actor, `${f.article.path}/report`, "publishReportAction", { articleId: f.article.id })),
    effect: (after) => (after.publicLinks === 1 ? null : `the article has ${after.publicLinks} active public links`),
  },
  revoke: {
    stage: "signedOff",
    // Published first by an editor, so there is a link to revoke.
    prepare: async (f, cast) => {
      const published = await call(cast.editor, `${f.article.path}/report`, "publishReportAction", { articleId: f.article.id });
      if (outcomeOf(published) !== OK) throw new Error(`publishing first failed: ${outcomeOf(published)}`);
    },
    attempt: async (actor, f) =>
      outcomeOf(await call(actor, `${f.article.path}/report`, "revokePublicReportAction", { articleId: f.article.id })),
    effect: (after) => (after.publicLinks === 0 ? null : `the article still has ${after.publicLinks} active public links`),
  },
};

function assigned(after: Snapshot): string | null {
  return after.checkerId && after.reviewerId ? null : "nobody was assigned";
}

async function assign(actor: Actor, f: Fixture, cast: Cast): Promise<string> {
  return outcomeOf(
    await call(actor, f.article.path, "assignArticleAction", {
      articleId: f.article.id,
      checkerId: cast.author.id,
      reviewerId: cast.secondReviewer.id,
    }),
  );
}

const EXPORT_FORMATS = ["pdf", "json", "csv", "claimreview", "w3c", "markdown"];

/**
 * Every format over the route handler. Signed out: 401 without a session (the proxy), and the
 * handler's own 401 UNAUTHENTICATED with a removed account's session.
 */
async function exportEveryFormat(actor: Actor, f: Fixture): Promise<string> {
  for (const format of EXPORT_FORMATS) {
    const url = `/api/articles/${f.article.id}/export/${format}`;
    if (actor.id === null) {
      const bare = await actor.request.get(url, { maxRedirects: 0 });
      if (bare.status() !== 401) return `without a session: HTTP ${bare.status()}`;
      const removed = await actor.removedAccount!.get(url, { maxRedirects: 0 });
      const code = ((await removed.json().catch(() => ({}))) as { code?: string }).code;
      if (removed.status() !== 401 || code !== OUT) return `removed account: HTTP ${removed.status()} ${code}`;
      continue;
    }
    const response = await actor.request.get(url);
    if (response.status() !== 200) return `${format}: HTTP ${response.status()}`;
    if (!(response.headers()["content-disposition"] ?? "").startsWith("attachment;")) return `${format}: not an attachment`;
  }
  return actor.id === null ? OUT : OK;
}

/**
 * The page, the APIs (the article list, similar fact-checks) and the history action. Signed out,
 * the page sends to /signin and the APIs answer 401, both without a session (the proxy) and with a
 * removed account's (the server).
 */
async function read(actor: Actor, f: Fixture): Promise<string> {
  const history = await call(actor, f.article.path, "annotationHistoryAction", { annotationId: f.annotation.id });
  for (const request of actor.removedAccount ? [actor.request, actor.removedAccount] : [actor.request]) {
    const page = await request.get(f.article.path, { maxRedirects: 0 });
    const api = await request.get("/api/articles", { maxRedirects: 0 });
    const similar = await request.get(`/api/fact-checks/similar?text=${encodeURIComponent(f.article.title)}`, { maxRedirects: 0 });
    if (actor.id === null) {
      const location = page.headers()["location"] ?? "";
      if (page.status() !== 307 || !location.startsWith("/signin?callbackUrl=")) return `page answered ${page.status()} ${location}`;
      if (api.status() !== 401) return `API answered ${api.status()}`;
      if (similar.status() !== 401) return `similar fact-checks answered ${similar.status()}`;
      continue;
    }
    if (similar.status() !== 200) return `similar fact-checks answered ${similar.status()}`;
    if (page.status() !== 200 || !(await page.text()).includes(f.article.title)) return `page answered ${page.status()}`;
    if (api.status() !== 200) return `API answered ${api.status()}`;
    const { articles } = (await api.json()) as { articles: { id: string }[] };
    if (!articles.some((article) => article.id === f.article.id)) return "the API does not list the article";
  }
  const entries = history.result?.ok ? history.result.data : [];
  if (history.result?.ok && !entries.some((entry) => entry.action === "annotation.created")) return "the history lacks the creation";
  return outcomeOf(history);
}

/**
 * The search page and the search API, by the fixture's own word (its article's token). Signed out, the
 * page sends to /signin and the API answers 401, without a session (the proxy) and with a removed
 * account's (the server).
 */
async function search(actor: Actor, f: Fixture): Promise<string> {
  const token = f.article.title.replace("Matrix ", "");
  const path = `/search?q=${encodeURIComponent(token)}`;
  for (const request of actor.removedAccount ? [actor.request, actor.removedAccount] : [actor.request]) {
    const page = await request.get(path, { maxRedirects: 0 });
    const api = await request.get(`/api/search?q=${encodeURIComponent(token)}`, { maxRedirects: 0 });
    if (actor.id === null) {
      const location = page.headers()["location"] ?? "";
      if (page.status() !== 307 || !location.startsWith("/signin?callbackUrl=")) return `page answered ${page.status()} ${location}`;
      if (api.status() !== 401) return `API answered ${api.status()}`;
      continue;
    }
    if (page.status() !== 200 || !(await page.text()).includes(`href="${f.article.path}"`)) return `page answered ${page.status()}`;
    if (api.status() !== 200) return `API answered ${api.status()}`;
    const { results } = (await api.json()) as { results: { type: string; id: string }[] };
    if (!results.some((result) => result.type === "article" && result.id === f.article.id)) return "the API does not find the article";
  }
  return actor.id === null ? OUT : OK;
}

let db: pg.Pool;
let cast: Cast;

test.beforeAll(async ({ playwright, baseURL }) => {
  // Three sign-ins hash passwords on purpose (slow by design): allow for a busy machine.
  test.setTimeout(120_000);
  db = testDatabase();
  const [admin, editor, reviewer, secondReviewer, author, signedOut] = await Promise.all([
    demoActor(playwright, baseURL!, "admin"),
    demoActor(playwright, baseURL!, "editor"),
    demoActor(playwright, baseURL!, "reviewer"),
    newReviewer(playwright, baseURL!, db, "Sam Second"),
    newReviewer(playwright, baseURL!, db, "Avery Author"),
    signedOutActor(playwright, baseURL!, db),
  ]);
  cast = { admin: admin!, editor: editor!, reviewer: reviewer!, secondReviewer: secondReviewer!, author: author!, signedOut: signedOut! };
});

test.afterAll(async () => {
  await Promise.all(Object.values(cast ?? {}).flatMap((actor) => [actor.request.dispose(), actor.removedAccount?.dispose()]));
  await db?.end();
});

/** Builds a fresh fixture, tries the step, and checks that a success changed what it should and a refusal nothing at all. */
async function tryCell(row: Row, column: Column): Promise<string> {
  const step = STEPS[column];
  const actor = cast[row];
  try {
    const fixture = await buildFixture(step.stage, { author: cast.author, approver: cast.reviewer, editor: cast.editor });
    await step.prepare?.(fixture, cast);
    const before = await snapshot(db, fixture.article.id);
    const outcome = await step.attempt(actor, fixture, cast);
    const after = await snapshot(db, fixture.article.id);
    if (outcome === "ok") {
      const wrong = step.effect?.(after, before, actor);
      return wrong ? `ok, but ${wrong}` : "ok";
    }
    return JSON.stringify(after) === JSON.stringify(before) ? outcome : `${outcome}, but the article changed`;
  } catch (error) {
    // One broken cell must not hide the others: it shows in the table as what went wrong.
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

test("authorization matrix: every role × every action, over HTTP with real sessions", async () => {
  test.setTimeout(300_000);
  const cells = ROWS.flatMap((row) => COLUMNS.map((column, index) => ({ row, column, expected: EXPECTED[row][index]! })));
  // Four cells at a time: the server has two cores, and each cell is a handful of requests.
  const actual = await inBatches(
    4,
    cells.map((cell) => tryCell.bind(null, cell.row, cell.column)),
  );

  const table = renderTable(cells.map((cell, index) => ({ ...cell, actual: actual[index]! })));
  const legend =
    "Signed out: without a session pages went to /signin, the API answered 401 and every action answered UNAUTHENTICATED itself;\n" +
    "with a removed account's session (let through by the proxy) the server itself answered UNAUTHENTICATED.";
  console.log(`\nAuthorization matrix (✓ as expected, ✗ got, expected in brackets)\n${table}\n${legend}`);
  await test.info().attach("authorization-matrix.txt", { body: `${table}\n${legend}`, contentType: "text/plain" });

  cells.forEach(({ row, column, expected }, index) => expect.soft(actual[index], `${ROW_LABELS[row]} × ${column}`).toBe(expected));
});

function renderTable(cells: { row: Row; column: Column; expected: string; actual: string }[]) {
  const header = ["", ...COLUMNS];
  const lines = ROWS.map((row) => [
    ROW_LABELS[row],
    ...COLUMNS.map((column) => {
      const cell = cells.find((c) => c.row === row && c.column === column)!;
      return cell.actual === cell.expected ? `✓ ${cell.actual}` : `✗ ${cell.actual} [${cell.expected}]`;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => line[i]!.length)));
  const format = (line: string[]) => line.map((value, i) => value.padEnd(widths[i]!)).join(" │ ");
  return [format(header), widths.map((w) => "─".repeat(w)).join("─┼─"), ...lines.map(format)].join("\n");
}

// ───────────────────────── Four-eyes and state bypass attempts ─────────────────────────

type Attempt = { who: string; what: string; expected: string; actual: string; message?: string };

function report(title: string, attempts: Attempt[]) {
  const lines = attempts.map(
    (a) => `${a.actual === a.expected ? "✓" : "✗"} ${a.who} → ${a.what}: ${a.actual}${a.actual === a.expected ? "" : ` [${a.expected}]`}`,
  );
  console.log(`\n${title}\n${lines.join("\n")}`);
  for (const a of attempts) expect.soft(a.actual, `${a.who} → ${a.what}`).toBe(a.expected);
}

/** The record as it is now, which a CONFLICT carries. */
function conflictCurrent(answer: Answer<{ ok: boolean; code?: string; current?: unknown }>) {
  const result = answer.result;
  return result && !result.ok && result.code === "CONFLICT" ? result.current : undefined;
}

async function attempt<Result>(
  who: Actor,
  what: string,
  expected: Outcome,
  run: () => Promise<Answer<Result>>,
): Promise<Attempt & { answer: Answer<Result> }> {
  const answer = await run();
  const message = (answer.result as { message?: string } | null)?.message;
  return { who: who.label, what, expected, actual: outcomeOf(answer), message, answer };
}

test("an admin who wrote a finding cannot approve it; a second person can", async () => {
  const f = await buildFixture("submitted", { author: cast.admin, approver: cast.reviewer, editor: cast.editor });
  const before = await snapshot(db, f.article.id);
  const own = await attempt(cast.admin, "approves own finding", NO, () =>
    call(cast.admin, f.article.path, "approveAnnotationAction", ref(f)),
  );
  expect(own.message).toBe("A second person must review this: you wrote it.");
  expect(await snapshot(db, f.article.id)).toEqual(before);
  const other = await attempt(cast.editor, "approves the admin's finding", OK, () =>
    call(cast.editor, f.article.path, "approveAnnotationAction", ref(f)),
  );
  report("Four-eyes: an admin author", [own, other]);
});

test("the editor who made the latest change cannot approve it, even after the author resubmits", async () => {
  const f = await buildFixture("complete", { author: cast.author, approver: cast.reviewer, editor: cast.editor });
  const edited = await call(cast.editor, f.article.path, "updateAnnotationAction", {
    ...ref(f),
    patch: { claimText: "Barnet's council tax will rise by 4.99 per cent in 2027-28." },
  });
  expect(outcomeOf(edited)).toBe(OK);
  const editedVersion = edited.result!.ok ? edited.result!.data.version : 0;
  const submitted = await call(cast.author, f.article.path, "submitAnnotationAction", {
    annotationId: f.annotation.id,
    version: editedVersion,
  });
  expect(outcomeOf(submitted)).toBe(OK);
  const version = submitted.result!.ok ? submitted.result!.data.version : 0;
  const before = await snapshot(db, f.article.id);
  const editor = await attempt(cast.editor, "approves a finding whose latest change is theirs", NO, () =>
    call(cast.editor, f.article.path, "approveAnnotationAction", { annotationId: f.annotation.id, version }),
  );
  expect(editor.message).toBe("A second person must review this: you made its latest change.");
  const dismiss = await attempt(cast.editor, "dismisses it instead", NO, () =>
    call(cast.editor, f.article.path, "dismissAnnotationAction", {
      annotationId: f.annotation.id,
      version,
      reason: "Four eyes, two of them mine.",
    }),
  );
  expect(await snapshot(db, f.article.id)).toEqual(before);
  const admin = await attempt(cast.admin, "approves it (a second person)", OK, () =>
    call(cast.admin, f.article.path, "approveAnnotationAction", { annotationId: f.annotation.id, version }),
  );
  report("Four-eyes: the latest editor", [editor, dismiss, admin]);
});

test("a draft that was never submitted cannot be approved, by anyone", async () => {
  const f = await buildFixture("complete", { author: cast.author, approver: cast.reviewer, editor: cast.editor });
  const before = await snapshot(db, f.article.id);
  const attempts = [];
  for (const who of [cast.reviewer, cast.editor, cast.admin]) {
    const a = await attempt(who, "approves a draft", NO, () => call(who, f.article.path, "approveAnnotationAction", ref(f)));
    expect(a.message).toBe("Only an annotation in review can be approved.");
    attempts.push(a);
  }
  expect(await snapshot(db, f.article.id)).toEqual(before);
  report("Approving a draft", attempts);
});

test("a review on a stale version is a conflict, and one on the current version is not", async () => {
  const f = await buildFixture("submitted", { author: cast.author, approver: cast.reviewer, editor: cast.editor });
  const before = await snapshot(db, f.article.id);
  const stale = await attempt(cast.reviewer, "approves the version before the submission", "CONFLICT", () =>
    call(cast.reviewer, f.article.path, "approveAnnotationAction", { ...ref(f), version: f.annotation.version - 1 }),
  );
  const current = conflictCurrent(stale.answer);
  expect(current, "the conflict carries the current version").toMatchObject({ version: f.annotation.version, status: "SUBMITTED" });
  expect(await snapshot(db, f.article.id)).toEqual(before);
  const fresh = await attempt(cast.reviewer, "approves the current version", OK, () =>
    call(cast.reviewer, f.article.path, "approveAnnotationAction", ref(f)),
  );
  report("Stale versions", [stale, fresh]);
});

test("requesting changes needs a reason", async () => {
  const f = await buildFixture("submitted", { author: cast.author, approver: cast.reviewer, editor: cast.editor });
  const before = await snapshot(db, f.article.id);
  const attempts = [];
  for (const reason of ["", "   "]) {
    attempts.push(
      await attempt(cast.reviewer, `requests changes with the reason ${JSON.stringify(reason)}`, "INVALID", () =>
        call(cast.reviewer, f.article.path, "requestChangesAction", { ...ref(f), reason }),
      ),
    );
    attempts.push(
      await attempt(cast.editor, `dismisses with the reason ${JSON.stringify(reason)}`, "INVALID", () =>
        call(cast.editor, f.article.path, "dismissAnnotationAction", { ...ref(f), reason }),
      ),
    );
  }
  expect(await snapshot(db, f.article.id)).toEqual(before);
  report("Reasons", attempts);
});

test("an article with a finding still in review cannot be signed off", async () => {
  const f = await buildFixture("submitted", { author: cast.author, approver: cast.reviewer, editor: cast.editor });
  const before = await snapshot(db, f.article.id);
  const attempts = [];
  for (const who of [cast.editor, cast.admin]) {
    const a = await attempt(who, "signs off with one finding waiting for review", "INVALID", () =>
      call(who, f.article.path, "signOffArticleAction", { articleId: f.article.id }),
    );
    expect(a.message).toContain("1 finding is not approved or dismissed yet (1 waiting for review)");
    attempts.push(a);
  }
  expect(await snapshot(db, f.article.id)).toEqual(before);
  report("Sign-off readiness", attempts);
});

test("a signed-off article is read-only: every edit and review step is refused", async () => {
  // Two findings: the approved claim, and a second one deleted before the sign-off (restoring it
  // would bring an unreviewed finding back into a signed-off article).
  const f = await buildFixture("complete", { author: cast.author, approver: cast.reviewer, editor: cast.editor });
  const path = f.article.path;
  const second = await call(cast.author, path, "createAnnotationAction", {
    articleId: f.article.id,
    articleRevision: 1,
    kind: "OPINION",
    ...spanOf(f.article.text, SECOND_SPAN),
  });
  expect(outcomeOf(second)).toBe(OK);
  const secondId = second.result!.ok ? second.result!.data.id : "";
  const deleted = await call(cast.author, path, "deleteAnnotationAction", { annotationId: secondId, version: 1 });
  expect(outcomeOf(deleted)).toBe(OK);
  const submitted = await call(cast.author, path, "submitAnnotationAction", ref(f));
  const approved = await call(cast.reviewer, path, "approveAnnotationAction", { ...ref(f), version: f.annotation.version + 1 });
  expect(outcomeOf(approved), outcomeOf(submitted)).toBe(OK);
  expect(outcomeOf(await call(cast.editor, path, "signOffArticleAction", { articleId: f.article.id }))).toBe(OK);
  const version = approved.result!.ok ? approved.result!.data.version : 0;
  const claim = { annotationId: f.annotation.id, version };

  const details = {
    articleId: f.article.id,
    title: f.article.title,
    byline: "",
    publisher: "",
    sourceUrl: "",
    publishedOn: "",
    language: "en",
  };

  const before = await snapshot(db, f.article.id);
  const attempts = [
    await attempt(cast.author, "edits the claim", NO, () =>
      call(cast.author, path, "updateAnnotationAction", { ...claim, patch: { note: "x" } }),
    ),
    await attempt(cast.editor, "edits the claim", NO, () =>
      call(cast.editor, path, "updateAnnotationAction", { ...claim, patch: { note: "x" } }),
    ),
    await attempt(cast.admin, "changes the verdict", NO, () =>
      call(cast.admin, path, "updateAnnotationAction", { ...claim, patch: { verdict: { rating: "TRUE" } } }),
    ),
    await attempt(cast.author, "adds a source", NO, () =>
      call(cast.author, path, "addSourceAction", { ...claim, source: { url: "https://example.org/more", stance: "SUPPORTS" } }),
    ),
    await attempt(cast.admin, "deletes the claim", NO, () => call(cast.admin, path, "deleteAnnotationAction", claim)),
    await attempt(cast.author, "submits the claim", NO, () => call(cast.author, path, "submitAnnotationAction", claim)),
    await attempt(cast.secondReviewer, "approves the claim", NO, () => call(cast.secondReviewer, path, "approveAnnotationAction", claim)),
    await attempt(cast.secondReviewer, "requests changes", NO, () =>
      call(cast.secondReviewer, path, "requestChangesAction", { ...claim, reason: "Too late?" }),
    ),
    await attempt(cast.admin, "dismisses the claim", NO, () =>
      call(cast.admin, path, "dismissAnnotationAction", { ...claim, reason: "Too late?" }),
    ),
    await attempt(cast.editor, "reopens the claim (not the article)", NO, () => call(cast.editor, path, "reopenAnnotationAction", claim)),
    await attempt(cast.reviewer, "tags a new claim", NO, () =>
      call(cast.reviewer, path, "createAnnotationAction", {
        articleId: f.article.id,
        articleRevision: 1,
        kind: "CLAIM",
        ...spanOf(f.article.text, SECOND_SPAN),
      }),
    ),
    await attempt(cast.author, "retitles the article they imported", NO, () =>
      callForm(cast.author, path, "updateArticleDetailsAction", { ...details, title: "Retitled by its importer" }),
    ),
    await attempt(cast.admin, "retitles the article", NO, () =>
      callForm(cast.admin, path, "updateArticleDetailsAction", { ...details, title: "Retitled by an admin" }),
    ),
    await attempt(cast.author, "restores the finding deleted before the sign-off", NO, () =>
      call(cast.author, path, "restoreAnnotationAction", { annotationId: secondId, version: 2 }),
    ),
    await attempt(cast.editor, "restores the finding deleted before the sign-off", NO, () =>
      call(cast.editor, path, "restoreAnnotationAction", { annotationId: secondId, version: 2 }),
    ),
    ...(await Promise.all(
      [cast.editor, cast.admin].map((who) =>
        attempt(who, "assigns a checker and a reviewer", NO, () =>
          call(who, path, "assignArticleAction", { articleId: f.article.id, checkerId: cast.author.id, reviewerId: cast.reviewer.id }),
        ),
      ),
    )),
  ];
  report("Signed off: read-only", attempts);
  expect(await snapshot(db, f.article.id), "the signed-off article is unchanged").toEqual(before);
});

test("of two approvals of one version, one wins; approving the approved version again is a conflict", async () => {
  const f = await buildFixture("submitted", { author: cast.author, approver: cast.reviewer, editor: cast.editor });
  const [first, second] = await Promise.all(
    [cast.reviewer, cast.secondReviewer].map((who) => call(who, f.article.path, "approveAnnotationAction", ref(f))),
  );
  const after = await snapshot(db, f.article.id);
  expect(after.decisions, "one decision recorded").toBe(1);
  const again = await attempt(cast.editor, "approves the already-approved version", "CONFLICT", () =>
    call(cast.editor, f.article.path, "approveAnnotationAction", ref(f)),
  );
  const current = conflictCurrent(again.answer);
  expect(current, "the conflict shows the approval").toMatchObject({ status: "APPROVED", version: f.annotation.version + 1 });
  const onCurrent = await attempt(cast.editor, "approves the approved finding's current version", NO, () =>
    call(cast.editor, f.article.path, "approveAnnotationAction", { ...ref(f), version: f.annotation.version + 1 }),
  );
  expect(await snapshot(db, f.article.id)).toEqual(after);
  const race = { who: "reviewer and second reviewer", what: "approve one version at once", expected: "CONFLICT + ok" };
  report("Double approval", [{ ...race, actual: [outcomeOf(first!), outcomeOf(second!)].sort().join(" + ") }, again, onCurrent]);
});

// Actors with real sessions and fixtures built through the app's own server actions over HTTP, for
// specs that check who may do what (authorization-matrix.spec.ts).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { DEMO_USERS } from "../lib/demo-users";
import { storageStateFor } from "./helpers";
import { createPerson, signInOverHttp } from "./people";
import {
  postAction,
  postFormAction,
  type ActionAnswer,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type FormActionName,
} from "./server-actions";

type Playwright = PlaywrightWorkerArgs["playwright"];

/**
 * Someone making requests. Signed out (`id` null), `request` has no session at all, and
 * `removedAccount` holds a session cookie still valid to the proxy for an account that no longer
 * exists: with it a call gets past the proxy, so the server's own check has to refuse it.
 */
export type Actor = { label: string; id: string | null; request: APIRequestContext; removedAccount?: APIRequestContext };

/** A demo account, with the session auth.setup.ts saved for it. */
export async function demoActor(playwright: Playwright, baseURL: string, role: keyof typeof DEMO_USERS): Promise<Actor> {
  const request = await playwright.request.newContext({ baseURL, storageState: storageStateFor(role) });
  return { label: DEMO_USERS[role].name, id: await sessionUserId(request), request };
}

/** A new reviewer account for this run, signed in over HTTP. */
export async function newReviewer(playwright: Playwright, baseURL: string, db: pg.Pool, name: string): Promise<Actor> {
  const person = await createPerson(db, "REVIEWER", name);
  const request = await signInOverHttp(playwright, baseURL, person);
  return { label: person.name, id: person.id, request };
}

/** Who takes a finding to sign-off: a new reviewer drafts it, the demo reviewer approves, the demo editor signs off. */
export type SignOffCast = { author: Actor; approver: Actor; editor: Actor };

export async function signOffCast(playwright: Playwright, baseURL: string, db: pg.Pool, authorName: string): Promise<SignOffCast> {
  const [author, approver, editor] = await Promise.all([
    newReviewer(playwright, baseURL, db, authorName),
    demoActor(playwright, baseURL, "reviewer"),
    demoActor(playwright, baseURL, "editor"),
  ]);
  return { author, approver, editor };
}

export async function disposeCast(cast: Partial<SignOffCast> | undefined) {
  await Promise.all(Object.values(cast ?? {}).map((actor) => actor.request.dispose()));
}

export async function signedOutActor(playwright: Playwright, baseURL: string, db: pg.Pool): Promise<Actor> {
  const person = await createPerson(db, "REVIEWER", "Removed Account");
  const removedAccount = await signInOverHttp(playwright, baseURL, person);
  await db.query(`DELETE FROM "User" WHERE id = $1`, [person.id]);
  return { label: "signed out", id: null, request: await playwright.request.newContext({ baseURL }), removedAccount };
}

async function sessionUserId(request: APIRequestContext): Promise<string> {
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { id?: string } };
  if (!session.user?.id) throw new Error("The saved session is not signed in: did the setup project run?");
  return session.user.id;
}

export type Answer<Result> = ActionAnswer<Result> & {
  /** Signed out only: what the call without any session got (the action's own UNAUTHENTICATED, or a redirect to /signin). */
  proxyRedirect?: string;
};

/**
 * Calls a server action as `actor` from the page at `pagePath`. Signed out, the call is made twice:
 * without a session (the proxy lets action calls through, and the action must refuse it itself),
 * and with the removed account's session, whose token is still valid; the proxy is not the
 * security boundary, so the answer returned is that second one, the action's own.
 */
export async function call<Name extends ActionName>(
  actor: Actor,
  pagePath: string,
  name: Name,
  input: ActionInput<Name>,
): Promise<Answer<ActionOutput<Name>>> {
  const answer = await postAction(actor.request, pagePath, name, input);
  if (!actor.removedAccount) return answer;
  return { ...(await postAction(actor.removedAccount, pagePath, name, input)), proxyRedirect: withoutSession(answer) };
}

export async function callForm(actor: Actor, pagePath: string, name: FormActionName, fields: Record<string, string>) {
  const answer: Answer<unknown> = await postFormAction(actor.request, pagePath, name, fields);
  if (!actor.removedAccount) return answer;
  return {
    ...(await postFormAction(actor.removedAccount, pagePath, name, fields)),
    proxyRedirect: withoutSession(answer),
  };
}

function withoutSession(answer: ActionAnswer<unknown>): string {
  const code = (answer.result as { code?: string } | null)?.code;
  return answer.redirect ?? code ?? `HTTP ${answer.status}`;
}

/** "ok", the refusal's code, or what else came back (a redirect, an HTTP status). */
export function outcomeOf(answer: Answer<unknown>): string {
  if (answer.proxyRedirect !== undefined && answer.proxyRedirect !== "UNAUTHENTICATED" && !answer.proxyRedirect.startsWith("/signin?"))
    return `without a session: ${answer.proxyRedirect}`;
  const result = answer.result as { ok?: boolean; code?: string } | null;
  if (result?.ok === true) return "ok";
  if (result?.code) return result.code;
  if (answer.redirect) return `redirect to ${answer.redirect}`;
  return `HTTP ${answer.status}`;
}

function must<Result extends { ok: boolean }>(step: string, answer: ActionAnswer<Result>): Extract<Result, { ok: true }> {
  if (answer.result?.ok) return answer.result as Extract<Result, { ok: true }>;
  throw new Error(
    `Building the fixture failed at “${step}”: ${outcomeOf(answer)} ${JSON.stringify(answer.result ?? answer.text.slice(0, 300))}`,
  );
}

/** The claim every fixture tags, and a second span for creating another annotation. */
export const CLAIM = "council tax in Barnet will rise by 4.99 per cent next year";
export const SECOND_SPAN = "the £1.2 billion funding gap";

export type FixtureArticle = { id: string; title: string; text: string; path: string };
export type Fixture = { article: FixtureArticle; annotation: { id: string; version: number } };

/** How far a fixture is taken: each stage is the one before plus one step by the proper actor. */
export const STAGES = ["draft", "complete", "submitted", "approved", "signedOff"] as const;
export type Stage = (typeof STAGES)[number];

export function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in the fixture text.`);
  return { start, end: start + phrase.length, exact: phrase };
}

/**
 * Builds fixtures as the app's users would: `author` imports a fresh article (unique text, so the
 * content hash never collides) and tags a claim, completes it (verdict and source) and submits
 * it; `approver` approves it; `editor` signs the article off.
 */
export async function buildFixture(stage: Stage, cast: { author: Actor; approver: Actor; editor: Actor }): Promise<Fixture> {
  const { author, approver, editor } = cast;
  const article = await importArticle(author);
  const created = must(
    "create",
    await call(author, article.path, "createAnnotationAction", {
      articleId: article.id,
      articleRevision: 1,
      kind: "CLAIM",
      ...spanOf(article.text, CLAIM),
    }),
  ).data;
  const fixture: Fixture = { article, annotation: { id: created.id, version: created.version } };
  const reached = (target: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(target);
  const step = async <Name extends ActionName>(who: Actor, name: Name, input: ActionInput<Name>) => {
    const { data } = must(name, await call(who, article.path, name, input)) as { data: { version: number } };
    fixture.annotation.version = data.version;
  };
  const ref = () => ({ annotationId: fixture.annotation.id, version: fixture.annotation.version });
  if (reached("complete")) {
    await step(author, "updateAnnotationAction", { ...ref(), patch: { verdict: { rating: "MOSTLY_FALSE" } } });
    await step(author, "addSourceAction", { ...ref(), source: { url: "https://www.barnet.gov.uk/council-tax", stance: "CONTRADICTS" } });
  }
  if (reached("submitted")) await step(author, "submitAnnotationAction", ref());
  if (reached("approved")) await step(approver, "approveAnnotationAction", ref());
  if (reached("signedOff")) must("sign off", await call(editor, article.path, "signOffArticleAction", { articleId: article.id }));
  return fixture;
}

/** Imports a fresh article through the import form's server action, as the Import page submits it. */
export async function importArticle(actor: Actor): Promise<FixtureArticle> {
  const token = randomUUID().slice(0, 8);
  const title = `Matrix ${token}`;
  const text = [`Report ${token}: ${CLAIM}, the council's leader said on Tuesday.`, `Critics said the claim ignored ${SECOND_SPAN}.`].join(
    "\n\n",
  );
  const fields = { mode: "paste", content: text, title, byline: "", publisher: "", publishedOn: "", sourceUrl: "", language: "en" };
  const answer = await postFormAction(actor.request, "/articles/new", "importArticleAction", fields);
  const id = /^\/articles\/([^/?#]+)$/.exec(answer.redirect ?? "")?.[1];
  if (!id) throw new Error(`Importing a fixture article failed: ${outcomeOf(answer)} ${answer.text.slice(0, 300)}`);
  return { id, title, text, path: `/articles/${id}` };
}

/** What the database holds of a fixture's article: a refused step must leave every part of it as it was. */
export async function snapshot(db: pg.Pool, articleId: string) {
  const { rows } = await db.query(
    `SELECT a.title, a.status, a.revision, a."checkerId", a."reviewerId", a."contentHash",
       (SELECT json_agg(json_build_object('id', n.id, 'status', n.status, 'version', n.version, 'deleted', n."deletedAt" IS NOT NULL,
                                          'lastEditedById', n."lastEditedById", 'note', n.note, 'claimText', n."claimText") ORDER BY n."createdAt", n.id)
          FROM "Annotation" n WHERE n."articleId" = a.id) AS annotations,
       (SELECT count(*)::int FROM "AuditEvent" e WHERE e."articleId" = a.id) AS "auditEvents",
       (SELECT count(*)::int FROM "ReviewDecision" d JOIN "Annotation" n ON n.id = d."annotationId" WHERE n."articleId" = a.id) AS decisions,
       (SELECT count(*)::int FROM "PublicReportLink" l WHERE l."articleId" = a.id AND l."revokedAt" IS NULL) AS "publicLinks"
     FROM "Article" a WHERE a.id = $1`,
    [articleId],
  );
  if (!rows[0]) throw new Error(`No article ${articleId} in the database.`);
  return rows[0] as Snapshot;
}

export type Snapshot = {
  title: string;
  status: string;
  revision: number;
  checkerId: string | null;
  reviewerId: string | null;
  contentHash: string;
  annotations: { id: string; status: string; version: number; deleted: boolean; lastEditedById: string | null }[];
  auditEvents: number;
  decisions: number;
  publicLinks: number;
};

/** Runs `tasks` with at most `limit` at a time, in order of the list. */
export async function inBatches<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

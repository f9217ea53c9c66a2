import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { searchEverything } from "./search-everything";
import { deskArticle, deskEntry, deskFinding, deskSource, libraryEntry, query, uniquePublisher } from "./search-fixtures";

// Search reads as every read does: an archived article is off the desk, so a reviewer never finds
// its text, its findings, their sources or its desk entries (not even as near matches); editors
// and admins do. The library is everyone's.
let reviewer: Actor;
let editor: Actor;
let admin: Actor;
let publisher: string;
const archived: Record<string, string> = {};
const onDesk: Record<string, string> = {};
const WORD = "Quokkanomics";

beforeAll(async () => {
  assertTestDatabase();
  [reviewer, editor, admin] = await Promise.all([createTestUser("REVIEWER"), createTestUser("EDITOR"), createTestUser("ADMIN")]);
  publisher = uniquePublisher();
  for (const [target, status] of [
    [archived, "ARCHIVED"],
    [onDesk, undefined],
  ] as const) {
    const article = await deskArticle(editor, {
      title: `${WORD} explained`,
      publisher,
      text: `${WORD} is the claim that quokkas pay the rent.`,
    });
    const finding = await deskFinding(editor, article, `${WORD} is the claim`, {
      fields: { claimText: `${WORD} pays the rent.`, speaker: "Pat Quokka" },
    });
    const source = await deskSource(editor, finding.id, { url: "https://example.org/q", title: `${WORD} in numbers`, publisher });
    const entry = await deskEntry(finding, article, `${WORD} pays the rent.`);
    Object.assign(target, { article: article.id, finding: finding.id, source: source.id, entry: entry.id });
    if (status) await getDb().article.update({ where: { id: article.id }, data: { status } });
  }
  onDesk.library = (await libraryEntry({ claimReviewed: `${WORD} is real.`, publisherName: publisher })).id;
});

const found = async (actor: Actor, q: string) =>
  (await searchEverything({ actor, query: query(q, { publisher }) })).results.map((result) => `${result.type}:${result.id}`);
const everything = (rows: Record<string, string>) =>
  Object.entries(rows).map(([name, id]) => `${name === "entry" || name === "library" ? "fact-check" : name}:${id}`);

describe("search scoping", () => {
  it("never shows a reviewer an archived article's text, findings, sources or desk entries", async () => {
    const results = await found(reviewer, WORD);
    expect(results.sort()).toEqual(everything(onDesk).sort());
    for (const id of Object.values(archived)) expect(results.join(" ")).not.toContain(id);
  });

  it("shows editors and admins the archived ones too", async () => {
    for (const actor of [editor, admin]) {
      expect((await found(actor, WORD)).sort()).toEqual([...everything(onDesk), ...everything(archived)].sort());
    }
  });

  it("keeps near matches in the same scope", async () => {
    const page = await searchEverything({ actor: reviewer, query: query("Pat Quoka", { publisher }) });
    expect(page.near).toBe(true);
    const results = page.results.map((result) => `${result.type}:${result.id}`);
    expect(results).toContain(`finding:${onDesk.finding}`);
    for (const id of Object.values(archived)) expect(results.join(" ")).not.toContain(id);
    expect(await found(editor, "Pat Quoka")).toEqual(expect.arrayContaining([`finding:${archived.finding}`, `finding:${onDesk.finding}`]));
  });

  it("filters by status within the scope: a reviewer asking for archived articles gets nothing", async () => {
    const page = await searchEverything({ actor: reviewer, query: query(WORD, { publisher, status: "ARCHIVED" }) });
    expect(page.results).toEqual([]);
    const editors = await searchEverything({ actor: editor, query: query(WORD, { publisher, status: "ARCHIVED" }) });
    expect(editors.results.map((result) => result.id).sort()).toEqual(
      [archived.article, archived.finding, archived.source, archived.entry].sort(),
    );
  });
});

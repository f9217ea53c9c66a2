// Requests no browser of ours would send, over the real HTTP server: each gets a 4xx or an error
// as data that says what was wrong, and the database is left exactly as it was.
import { test, expect } from "@playwright/test";
import { buildFixture, demoActor, importArticle, snapshot, type Actor, type Fixture } from "./review-desk";
import { postAction, postActionBody, postFormAction } from "./server-actions";
import { testDatabase } from "./people";

// Per worker group: with fullyParallel, each test may run in a group of its own, with its own hooks.
let db: ReturnType<typeof testDatabase>;
let editor: Actor;
let fixture: Fixture;

test.beforeAll(async ({ playwright, baseURL }) => {
  db = testDatabase();
  editor = await demoActor(playwright, baseURL!, "editor");
  const reviewer = await demoActor(playwright, baseURL!, "reviewer");
  fixture = await buildFixture("draft", { author: editor, approver: reviewer, editor });
});
test.afterAll(async () => {
  await db.end();
});

// Built as text: JSON.stringify recurses too, and would overflow in the test before the server saw it.
function nestedRationaleJson(depth: number): string {
  const lists = '{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(depth);
  return `{"type":"doc","content":[${lists}{"type":"paragraph","content":[{"type":"text","text":"deep"}]}${"]}]}".repeat(depth)}]}`;
}

const edits = [
  {
    name: "a NUL character in a note",
    input: { version: 1, patch: { note: "before\u0000after" } },
    message: /“note” contains a NUL character/,
  },
  {
    name: "an unpaired surrogate in the claim",
    input: { version: 1, patch: { claimText: "Unemployment \ud800fell" } },
    message: /broken character/,
  },
  { name: "a version past int4", input: { version: 2 ** 31, patch: { note: "x" } }, message: /not a version of this record/ },
  { name: "a NUL character in an id", input: { version: 1, patch: { restsOnIds: ["abc\u0000"] } }, message: /NUL character/ },
] as const;

for (const edit of edits) {
  test(`an edit with ${edit.name} is refused with a message and stores nothing`, async () => {
    const before = await snapshot(db, fixture.article.id);
    const answer = await postAction(editor.request, fixture.article.path, "updateAnnotationAction", {
      annotationId: fixture.annotation.id,
      ...(edit.input as { version: number; patch: { note: string } }),
    });
    expect(answer.status).toBe(200);
    expect(answer.result).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(edit.message) });
    expect(await snapshot(db, fixture.article.id)).toEqual(before);
  });
}

// Next decodes an action's arguments with a recursive reviver before the action's own guard runs:
// the proxy refuses them first, at the guard's limit and in its words, at any depth.
for (const depth of [500, 1_000, 3_000, 10_000, 30_000]) {
  test(`an edit with a rationale nested ${depth.toLocaleString("en")} lists deep is refused in the guard's words, not a 500`, async () => {
    const before = await snapshot(db, fixture.article.id);
    const annotationId = JSON.stringify(fixture.annotation.id);
    const body = `[{"annotationId":${annotationId},"version":1,"patch":{"verdict":{"rating":"FALSE","rationale":${nestedRationaleJson(depth)}}}}]`;
    const answer = await postActionBody(editor.request, fixture.article.path, "updateAnnotationAction", body);
    expect(answer.status).toBe(400);
    expect(answer.text).toBe("Not accepted: The field “content” is nested too deeply (more than 64 levels).");
    expect(await snapshot(db, fixture.article.id)).toEqual(before);
  });
}

test("an upload whose file name holds a NUL is refused with a message, not a 500", async () => {
  const content = `Named ${Date.now()}: the council said so.`;
  const answer = await postFormAction(editor.request, "/articles/new", "importArticleAction", {
    mode: "file",
    file: new File([content], "a\u0000.txt", { type: "text/plain" }),
    title: "",
    byline: "",
    publisher: "",
    publishedOn: "",
    sourceUrl: "",
    language: "en",
  });
  expect(answer.status).toBe(400);
  expect(answer.text).toBe("Not accepted: The file name contains a NUL character (\\0), which text cannot hold. Remove it and try again.");
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Article" WHERE text LIKE $1`, [`${content.slice(0, 16)}%`]);
  expect(rows[0].n).toBe(0);
});

test("an import dated 0000-01-01 or titled with a NUL is refused field by field", async () => {
  const fields = {
    mode: "paste",
    content: `Hostile ${Date.now()}: the council said so.`,
    byline: "",
    publisher: "",
    sourceUrl: "",
    language: "en",
  };
  const dated = await postFormAction(editor.request, "/articles/new", "importArticleAction", {
    ...fields,
    title: "Dated",
    publishedOn: "0000-01-01",
  });
  expect(dated.result).toMatchObject({ ok: false, code: "INVALID", message: "Enter a date from the year 1600 on." });
  const titled = await postFormAction(editor.request, "/articles/new", "importArticleAction", {
    ...fields,
    title: "a\u0000b",
    publishedOn: "",
  });
  expect(titled.result).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/“title” contains a NUL/) });
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Article" WHERE text LIKE $1`, [`${fields.content.slice(0, 20)}%`]);
  expect(rows[0].n).toBe(0);
});

test("a body over the limit gets 413 naming the limit, not a bare 500", async () => {
  const response = await editor.request.post("/articles/new", {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "x".repeat(3.5 * 1024 * 1024),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ error: expect.stringMatching(/at most 3 MB.*a file at most 2 MB/) });
});

test("an article id with a NUL or any stray character is simply not found", async () => {
  for (const id of ["abc%00def", "%F0%9F%98%80", "x".repeat(300)]) {
    const response = await editor.request.get(`/articles/${id}`, { maxRedirects: 0 });
    expect(response.status(), id).toBe(404);
  }
});

test("the fixture article is still importable and usable afterwards", async () => {
  const article = await importArticle(editor);
  expect((await editor.request.get(article.path)).status()).toBe(200);
});

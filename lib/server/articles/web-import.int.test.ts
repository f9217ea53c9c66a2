import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { checkArticleUpstream } from "./check-article-upstream";
import { correctArticle } from "./correct-article";
import { importArticle } from "./import-article";
import { previewWebImport } from "./preview-web-import";
import { prepareSnapshotImport } from "@/lib/server/page-snapshots/prepare-snapshot-import";

// A fixture page served by a real HTTP server that this test starts; FACTMARK_FETCH_ALLOW_HOSTS
// lets the guarded fetcher reach it (nothing else on this machine).
const fixture = fs.readFileSync(new URL("../../import/fixtures/pages/opinion-column.html", import.meta.url), "utf8");
let page = fixture;
let server: http.Server;
let origin: string;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  assertTestDatabase();
  // Each test sets `page` with a unique paragraph, so its text is never "already imported".
  server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  process.env.FACTMARK_FETCH_ALLOW_HOSTS = `127.0.0.1:${port}`;
  editor = await createTestUser("EDITOR");
  reviewer = await createTestUser("REVIEWER");
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("importing from the web", () => {
  it("previews the article with its metadata, keeps the page compressed with its hash, and imports exactly that", async () => {
    const token = `${Date.now()}-${Math.random()}`;
    page = fixture.replace(
      '<div class="entry-content">',
      `<div class="entry-content"><p>Run ${token}: this paragraph makes the text unique for this test run, and long enough to count.</p>`,
    );
    const preview = await previewWebImport({ actor: editor, url: `${origin}/2025/01/ceasefire` });
    expect(preview.isFallback).toBe(false);
    expect(preview.fields).toMatchObject({
      title: "The ceasefire is a chance to rebuild Britain’s friendship with Israel",
      byline: "Luke Akehurst",
      publisher: "LabourList",
      publishedOn: "2025-01-20",
      canonicalUrl: "https://labourlist.example/2025/01/ceasefire-chance-rebuild-friendship-israel/",
      language: "en-GB",
      sourceUrl: `${origin}/2025/01/ceasefire`,
    });
    expect(preview.text).toContain(`Run ${token}`);
    expect(preview.text).not.toContain("Donate");

    const stored = await getDb().pageSnapshot.findUniqueOrThrow({ where: { id: preview.snapshotId } });
    const body = gunzipSync(stored.gzippedBody);
    expect(body.toString("utf8")).toBe(page);
    expect(stored.gzippedBody.length).toBeLessThan(body.length);
    expect(stored).toMatchObject({
      articleId: null,
      fetchedById: editor.id,
      byteLength: body.length,
      sha256: createHash("sha256").update(body).digest("hex"),
    });

    // Another user cannot import someone else's fetched page.
    await expect(prepareSnapshotImport({ actor: reviewer, snapshotId: preview.snapshotId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const prepared = await prepareSnapshotImport({ actor: editor, snapshotId: preview.snapshotId, title: "Corrected title" });
    expect(prepared.text).toBe(preview.text);
    const article = await importArticle({
      actor: editor,
      prepared,
      metadata: {
        language: "en-GB",
        title: "Corrected title",
        sourceUrl: preview.fields.sourceUrl,
        canonicalUrl: preview.fields.canonicalUrl,
      },
      snapshotId: preview.snapshotId,
    });
    const row = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, include: { snapshots: true } });
    expect(row).toMatchObject({ title: "Corrected title", text: preview.text, canonicalUrl: preview.fields.canonicalUrl });
    expect(row.snapshots.map((s) => s.id)).toEqual([preview.snapshotId]);
    // A snapshot goes with one article only.
    await expect(
      importArticle({
        actor: editor,
        prepared: { ...prepared, contentHash: "x".repeat(64) },
        metadata: { language: "en" },
        snapshotId: preview.snapshotId,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a page with no article in it, saying why, and keeps nothing of it", async () => {
    page = fs.readFileSync(new URL("../../import/fixtures/pages/login-wall.html", import.meta.url), "utf8");
    const before = await getDb().pageSnapshot.count({ where: { fetchedById: editor.id } });
    await expect(previewWebImport({ actor: editor, url: `${origin}/members-only` })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/asks you to sign in or subscribe.*paste it instead\.$/),
      details: { field: "url", reason: "NO_ARTICLE" },
    });
    expect(await getDb().pageSnapshot.count({ where: { fetchedById: editor.id } })).toBe(before);
  });

  it("refuses a page the guard forbids with a message on the address field", async () => {
    await expect(previewWebImport({ actor: editor, url: "http://169.254.169.254/latest/meta-data/" })).rejects.toMatchObject({
      code: "INVALID",
      details: { field: "url", reason: "FORBIDDEN_ADDRESS" },
    });
  });
});

describe("checking an imported article for changes", () => {
  it("finds no change, then a word-level change that is applied through the correction flow", async () => {
    const token = `${Date.now()}-${Math.random()}`;
    page = fixture.replace(
      '<div class="entry-content">',
      `<div class="entry-content"><p>Check ${token}: the minister said 40 per cent of voters agreed with the plan.</p>`,
    );
    const preview = await previewWebImport({ actor: editor, url: `${origin}/story` });
    const prepared = await prepareSnapshotImport({ actor: editor, snapshotId: preview.snapshotId });
    const article = await importArticle({
      actor: editor,
      prepared,
      metadata: { language: "en", sourceUrl: `${origin}/story` },
      snapshotId: preview.snapshotId,
    });

    expect(await checkArticleUpstream({ actor: editor, articleId: article.id })).toMatchObject({ changed: false });
    await expect(checkArticleUpstream({ actor: reviewer, articleId: article.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    page = page.replace("40 per cent of voters", "45 per cent of voters");
    const check = await checkArticleUpstream({ actor: editor, articleId: article.id });
    if (!check.changed) throw new Error("expected a change");
    expect(check.diff.filter((part) => part.kind !== "same")).toEqual([
      { kind: "removed", text: "40" },
      { kind: "added", text: "45" },
    ]);
    expect({ added: check.added, removed: check.removed }).toEqual({ added: 1, removed: 1 });
    // The imported page and both checks are kept with the article.
    expect(await getDb().pageSnapshot.count({ where: { articleId: article.id } })).toBe(3);

    await correctArticle({ actor: editor, input: { articleId: article.id, revision: check.revision, text: check.text } });
    const row = await getDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ revision: 2, text: check.text });
    expect(await checkArticleUpstream({ actor: editor, articleId: article.id })).toMatchObject({ changed: false });
  });
});

import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { claimReviewNode, dataFeed } from "@/lib/fact-checks/test-support";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { importFactChecksFromUrl } from "./import-fact-checks-from-url";

// Fixture pages served by a real HTTP server this test starts; FACTMARK_FETCH_ALLOW_HOSTS lets
// the guarded fetcher reach it (nothing else on this machine).
const token = randomUUID().slice(0, 8);
const page = fs
  .readFileSync(new URL("../../fact-checks/fixtures/fact-check-page.html", import.meta.url), "utf8")
  .replaceAll("https://verif.example/2024/04/", `https://verif.example/${token}/`);
const feed = JSON.stringify(
  dataFeed(
    [1, 2].map((n) => claimReviewNode(n, { url: `https://json-${token}.example/${n}`, claimReviewed: `JSON feed claim ${n} ${token}` })),
  ),
);
const routes: Record<string, { type: string; body: string | Buffer }> = {
  "/page": { type: "text/html; charset=utf-8", body: page },
  // The same page as windows-1252 says it is: decoded by its charset, not refused as "not UTF-8".
  "/latin": {
    type: "text/html; charset=windows-1252",
    body: Buffer.from(page.replace(/’/g, "'").replaceAll(token, `${token}-latin`), "latin1"),
  },
  "/feed.json": { type: "application/ld+json", body: feed },
  "/notes.txt": { type: "text/plain", body: "claimReviewed,url\n" },
  "/plain-page": { type: "text/html", body: "<html><body><p>Nothing marked up here.</p></body></html>" },
};
let server: http.Server;
let origin: string;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  assertTestDatabase();
  server = http.createServer((request, response) => {
    const route = routes[request.url ?? ""];
    if (!route) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  process.env.FACTMARK_FETCH_ALLOW_HOSTS = `127.0.0.1:${port}`;
  [editor, reviewer] = await Promise.all([createTestUser("EDITOR"), createTestUser("REVIEWER")]);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("importing fact-checks by web address", () => {
  it("reads a fact-check page's JSON-LD and records the address it came from", async () => {
    const summary = await importFactChecksFromUrl({ actor: editor, url: `${origin}/page` });
    expect(summary).toMatchObject({ format: "html", added: 2, refused: 0, stopped: null });
    const row = await getDb().factCheck.findFirstOrThrow({ where: { url: `https://verif.example/${token}/tour-eiffel-vendue` } });
    expect(row).toMatchObject({ ratingName: "Faux", language: "fr", importedById: editor.id });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { actorId: editor.id, action: "factChecks.imported" } });
    expect(audit.after).toMatchObject({ source: `${origin}/page`, format: "html", added: 2 });
  });

  it("decodes a page by the charset it declares", async () => {
    expect(await importFactChecksFromUrl({ actor: editor, url: `${origin}/latin` })).toMatchObject({ added: 2, stopped: null });
  });

  it("reads a feed served as JSON", async () => {
    expect(await importFactChecksFromUrl({ actor: editor, url: `${origin}/feed.json` })).toMatchObject({ format: "json", added: 2 });
  });

  it("refuses on the address field what it cannot fetch, and a page with no ClaimReview stops with the reason", async () => {
    await expect(importFactChecksFromUrl({ actor: editor, url: `${origin}/notes.txt` })).rejects.toMatchObject({
      code: "INVALID",
      message: "This address serves text/plain, not a web page (HTML) or a JSON feed.",
      details: { field: "url", reason: "NOT_HTML" },
    });
    await expect(importFactChecksFromUrl({ actor: editor, url: "http://169.254.169.254/latest/meta-data/" })).rejects.toMatchObject({
      code: "INVALID",
      details: { field: "url", reason: "FORBIDDEN_ADDRESS" },
    });
    expect(await importFactChecksFromUrl({ actor: editor, url: `${origin}/plain-page` })).toMatchObject({
      added: 0,
      stopped: expect.stringMatching(/^The page has no JSON-LD/),
    });
  });

  it("refuses reviewers before fetching anything", async () => {
    await expect(importFactChecksFromUrl({ actor: reviewer, url: `${origin}/page` })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

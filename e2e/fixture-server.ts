import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const PAGES = path.join(import.meta.dirname, "../lib/import/fixtures/pages");

/**
 * A publisher's site for the import specs, started by the test itself on 127.0.0.1: serves the
 * saved pages in lib/import/fixtures/pages at /<name>, and any page a test sets with `serve`.
 */
export async function startFixtureServer() {
  const overrides = new Map<string, string>();
  const server = http.createServer((request, response) => {
    const name = (request.url ?? "/").slice(1).split("?")[0]!;
    const override = overrides.get(name);
    const file = path.join(PAGES, `${name}.html`);
    const body = override ?? (/^[a-z-]+$/.test(name) && fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null);
    if (body === null) return response.writeHead(404).end("not found");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    /** Serves `html` at /<name> from now on. */
    serve: (name: string, html: string) => overrides.set(name, html),
    page: (name: string) => fs.readFileSync(path.join(PAGES, `${name}.html`), "utf8"),
    /** Strings of the saved page's chrome that must never reach an imported text (its expected.json). */
    chrome: (name: string) =>
      (JSON.parse(fs.readFileSync(path.join(PAGES, `${name}.expected.json`), "utf8")) as { absent: string[] }).absent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

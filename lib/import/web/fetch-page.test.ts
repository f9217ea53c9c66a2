import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage } from "./fetch-page";

// A real HTTP server on this machine, started by the test: the fetcher must refuse it unless
// the host is explicitly allowed, exactly as it would refuse an internal service.
let server: http.Server;
let origin: string;
let port: number;

const ARTICLE = "<!doctype html><html><head><title>Hello</title></head><body><p>Body £5</p></body></html>";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/page") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
    if (path === "/latin1")
      return response
        .writeHead(200, { "content-type": "text/html; charset=windows-1252" })
        .end(Buffer.from([0x3c, 0x70, 0x3e, 0xa3, 0x35, 0x20, 0x93, 0x71, 0x94]));
    if (path === "/gzip")
      return response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(ARTICLE));
    if (path === "/bomb")
      return response
        .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
        .end(zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, "a")));
    if (path === "/big") return response.writeHead(200, { "content-type": "text/html" }).end(Buffer.alloc(6 * 1024 * 1024, "a"));
    if (path === "/pdf") return response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF");
    if (path === "/missing") return response.writeHead(404).end();
    if (path === "/slow") return void setTimeout(() => response.writeHead(200, { "content-type": "text/html" }).end(ARTICLE), 3000);
    if (path === "/to-page") return response.writeHead(302, { location: "/page" }).end();
    if (path === "/to-localhost") return response.writeHead(302, { location: `http://localhost:${port}/page` }).end();
    if (path === "/to-metadata") return response.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (path.startsWith("/loop")) return response.writeHead(302, { location: `/loop${path.length}` }).end();
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const allowed = () => ({ allowHosts: [`127.0.0.1:${port}`] });

describe("fetchPage", () => {
  it("fetches an allowed host's page, decoded, with where it finally came from", async () => {
    const result = await fetchPage(`${origin}/to-page`, allowed());
    expect(result).toMatchObject({ ok: true, requestedUrl: `${origin}/to-page`, finalUrl: `${origin}/page`, html: ARTICLE });
    if (result.ok) expect(result.contentType).toBe("text/html; charset=utf-8");
  });

  it("undoes gzip and decodes the charset the server names", async () => {
    expect(await fetchPage(`${origin}/gzip`, allowed())).toMatchObject({ ok: true, html: ARTICLE });
    expect(await fetchPage(`${origin}/latin1`, allowed())).toMatchObject({ ok: true, html: "<p>£5 “q”" });
  });

  it.each([
    ["a loopback address", () => `${origin}/page`],
    ["localhost, which resolves to loopback", () => `http://localhost:${port}/page`],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
    ["a private network address", () => "http://10.0.0.1/"],
    ["IPv6 loopback", () => `http://[::1]:${port}/page`],
    ["an IPv4-mapped IPv6 loopback", () => `http://[::ffff:127.0.0.1]:${port}/page`],
  ])("refuses %s when it is not allowed", async (_name, address) => {
    const result = await fetchPage(address(), { allowHosts: [] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN_ADDRESS", message: expect.stringMatching(/private or local address/) },
    });
  });

  it("checks every redirect again: an allowed host cannot send the fetch to a forbidden one", async () => {
    expect(await fetchPage(`${origin}/to-localhost`, allowed())).toMatchObject({ ok: false, error: { code: "FORBIDDEN_ADDRESS" } });
    expect(await fetchPage(`${origin}/to-metadata`, allowed())).toMatchObject({ ok: false, error: { code: "FORBIDDEN_ADDRESS" } });
  });

  it.each([
    ["ftp://example.org/file", "BAD_URL", /Only http:\/\/ and https:\/\//],
    ["file:///etc/passwd", "BAD_URL", /Only http:\/\/ and https:\/\//],
    ["not a url", "BAD_URL", /full address/],
    ["http://user:pw@example.org/", "BAD_URL", /user name or password/],
  ])("refuses %s", async (address, code, message) => {
    expect(await fetchPage(address)).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
  });

  it("limits redirects, size (after decompression), time and content type", async () => {
    expect(await fetchPage(`${origin}/loop`, allowed())).toMatchObject({
      ok: false,
      error: { code: "HTTP_ERROR", message: "The page redirected more than 5 times." },
    });
    expect(await fetchPage(`${origin}/big`, allowed())).toMatchObject({ ok: false, error: { code: "TOO_LARGE" } });
    expect(await fetchPage(`${origin}/bomb`, allowed())).toMatchObject({ ok: false, error: { code: "TOO_LARGE" } });
    expect(await fetchPage(`${origin}/slow`, { ...allowed(), timeoutMs: 300 })).toMatchObject({ ok: false, error: { code: "TIMEOUT" } });
    expect(await fetchPage(`${origin}/pdf`, allowed())).toMatchObject({
      ok: false,
      error: { code: "NOT_HTML", message: expect.stringContaining("application/pdf") },
    });
    expect(await fetchPage(`${origin}/missing`, allowed())).toMatchObject({
      ok: false,
      error: { code: "HTTP_ERROR", message: expect.stringContaining("404") },
    });
  });

  it("says clearly when a host cannot be found, which is also how a machine without internet looks", async () => {
    const result = await fetchPage("http://no-such-host.invalid/");
    expect(result).toMatchObject({
      ok: false,
      error: { code: "UNREACHABLE", message: expect.stringMatching(/could not be found.*no internet access/) },
    });
  });
});

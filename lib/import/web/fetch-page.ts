import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import { isAllowedHost, isPublicAddress } from "./address-policy";

// A whole news page is often larger than the article's 2 MB text limit; the article taken from
// it must still fit that limit (prepareImport checks).
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = 15_000;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;
// A feed of fact-checks may be served as JSON (a DataFeed, a list of ClaimReviews) as well as a page.
const HTML_OR_JSON_TYPES = /^(text\/html|application\/xhtml\+xml|application\/(ld\+)?json|text\/json)$/;

export type FetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  /** The Content-Type header as sent (with its charset, which decodeHtml needs again for the snapshot). */
  contentType: string;
  /** The body as received (after content-encoding is undone): the snapshot. */
  body: Buffer;
  /** The body decoded as text with the charset the server or the page declared. */
  html: string;
};

export type FetchErrorCode = "BAD_URL" | "FORBIDDEN_ADDRESS" | "UNREACHABLE" | "TIMEOUT" | "TOO_LARGE" | "NOT_HTML" | "HTTP_ERROR";
export type FetchResult = ({ ok: true } & FetchedPage) | { ok: false; error: { code: FetchErrorCode; message: string } };

export type FetchPageOptions = {
  allowHosts?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  /** What may come back: a web page (the default), or also JSON (the fact-check library's feeds). */
  accept?: "html" | "html-or-json";
};

export class FetchRefusal extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Fetches a web page on a user's behalf, guarded against server-side request forgery: http(s)
 * only; every address the host resolves to must be public, checked for each request of a redirect
 * chain; the connection goes to the very address that was checked (the lookup is ours, so DNS
 * cannot answer differently a moment later); redirects, time and size are limited and the
 * content type must be HTML. Every failure comes back as data with a message.
 */
export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchResult> {
  const deadline = Date.now() + (options.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    let url = parseHttpUrl(address);
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, options, deadline);
      if ("page" in response) return { ok: true, requestedUrl: parseHttpUrl(address).href, ...response.page };
      if (redirects === MAX_REDIRECTS) throw new FetchRefusal("HTTP_ERROR", `The page redirected more than ${MAX_REDIRECTS} times.`);
      url = parseHttpUrl(new URL(response.location, url).href);
    }
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}

function parseHttpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new FetchRefusal("BAD_URL", "Enter the page's full address, starting with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefusal("BAD_URL", "Only http:// and https:// pages can be fetched.");
  if (url.username || url.password) throw new FetchRefusal("BAD_URL", "Addresses with a user name or password cannot be fetched.");
  return url;
}

/**
 * Our DNS lookup: resolves every address and refuses the host when any of them is not public.
 * Webhook deliveries connect through it too (lib/server/webhooks/post-webhook.ts).
 */
export function guardedLookup(url: URL, allowHosts: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const allowed = isAllowedHost(url, allowHosts);
      const refused = addresses.find((entry) => !allowed && !isPublicAddress(entry.address));
      if (refused) return callback(new FetchRefusal("FORBIDDEN_ADDRESS", forbiddenMessage(url, refused.address)), "", 4);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error("no address"), { code: "ENOTFOUND" }), "", 4);
      // Node asks for all addresses when it may try several (autoSelectFamily); answer in kind.
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

export function forbiddenMessage(url: URL, address: string): string {
  return `${url.hostname} is a private or local address (${address}); only public web pages can be fetched.`;
}

/** One request's answer: the page, or where it redirects to. */
type Response = { page: Omit<FetchedPage, "requestedUrl"> } | { location: string };

function request(url: URL, options: FetchPageOptions, deadline: number): Promise<Response> {
  const allowHosts = options.allowHosts ?? [];
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  // A literal IP address is connected to without any lookup, so it is checked here.
  if (isIP(literal) && !isPublicAddress(literal) && !isAllowedHost(url, allowHosts))
    return Promise.reject(new FetchRefusal("FORBIDDEN_ADDRESS", forbiddenMessage(url, literal)));
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const client = url.protocol === "https:" ? https : http;

  return new Promise<Response>((resolve, reject) => {
    const timeLeft = deadline - Date.now();
    const timer = setTimeout(
      () => {
        req.destroy(
          new FetchRefusal(
            "TIMEOUT",
            `${url.hostname} did not send the page within ${Math.round((options.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000)} s.`,
          ),
        );
      },
      Math.max(timeLeft, 0),
    );
    const req = client.get(
      url,
      {
        // A fresh connection for every request: nothing resolved for another host is reused.
        agent: false,
        lookup: guardedLookup(url, allowHosts),
        headers: {
          accept:
            options.accept === "html-or-json"
              ? "text/html,application/ld+json,application/json;q=0.9,*/*;q=0.1"
              : "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
          "user-agent": "Factmark/1.0 (fact-check workbench; article import)",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          clearTimeout(timer);
          resolve({ location: res.headers.location });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          clearTimeout(timer);
          return reject(
            new FetchRefusal("HTTP_ERROR", `${url.hostname} answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}.`),
          );
        }
        const contentType = (res.headers["content-type"] ?? "").toLowerCase();
        const mediaType = contentType.split(";")[0]!.trim();
        const acceptsJson = options.accept === "html-or-json";
        if (!(acceptsJson ? HTML_OR_JSON_TYPES : HTML_TYPES).test(mediaType)) {
          res.resume();
          clearTimeout(timer);
          const wanted = acceptsJson ? "a web page (HTML) or a JSON feed" : "a web page (HTML)";
          return reject(new FetchRefusal("NOT_HTML", `This address serves ${mediaType || "an unnamed type"}, not ${wanted}.`));
        }
        const declared = Number(res.headers["content-length"]);
        if (declared > maxBytes) {
          res.destroy();
          clearTimeout(timer);
          return reject(tooLarge(maxBytes));
        }
        // Size is counted after decompression, so a small compressed bomb cannot get past it.
        const body = decoded(res);
        const chunks: Buffer[] = [];
        let size = 0;
        body.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            res.destroy();
            body.destroy();
            clearTimeout(timer);
            reject(tooLarge(maxBytes));
          } else chunks.push(chunk);
        });
        body.on("error", (error) => {
          clearTimeout(timer);
          reject(
            error instanceof FetchRefusal ? error : new FetchRefusal("UNREACHABLE", `The page from ${url.hostname} could not be read.`),
          );
        });
        body.on("end", () => {
          clearTimeout(timer);
          const buffer = Buffer.concat(chunks);
          resolve({ page: { finalUrl: url.href, contentType, body: buffer, html: decodeHtml(buffer, contentType) } });
        });
      },
    );
    req.on("error", (error: Error & { code?: string }) => {
      clearTimeout(timer);
      reject(error instanceof FetchRefusal ? error : networkRefusal(url, error));
    });
  });
}

function decoded(res: http.IncomingMessage): NodeJS.ReadableStream & { destroy(): void } {
  const encoding = (res.headers["content-encoding"] ?? "").toLowerCase().trim();
  if (encoding === "gzip" || encoding === "x-gzip") return res.pipe(zlib.createGunzip());
  if (encoding === "deflate") return res.pipe(zlib.createInflate());
  if (encoding === "br") return res.pipe(zlib.createBrotliDecompress());
  return res;
}

function tooLarge(maxBytes: number): FetchRefusal {
  return new FetchRefusal(
    "TOO_LARGE",
    `The page is larger than ${maxBytes / 1024 / 1024} MB; save the article's text and paste it instead.`,
  );
}

function networkRefusal(url: URL, error: Error & { code?: string }): FetchRefusal {
  const host = url.hostname;
  switch (error.code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new FetchRefusal(
        "UNREACHABLE",
        `${host} could not be found. Check the address; if it is right, this server may have no internet access (ask whoever runs it).`,
      );
    case "ENETUNREACH":
    case "EHOSTUNREACH":
    case "ECONNREFUSED":
    case "ECONNRESET":
    case "ETIMEDOUT":
      return new FetchRefusal(
        "UNREACHABLE",
        `This server could not connect to ${host} (${error.code}). The site may be down, or this server may have no internet access.`,
      );
    default:
      return new FetchRefusal("UNREACHABLE", `The page at ${host} could not be fetched (${error.code ?? error.message}).`);
  }
}

// The charset the server names, else the page's own <meta charset>, else UTF-8. TextDecoder
// knows the WHATWG encodings (shift_jis, koi8-r…); an unknown name falls back to UTF-8.
export function decodeHtml(body: Uint8Array, contentType: string): string {
  const head = Buffer.from(body.subarray(0, 2048)).toString("latin1");
  const charset = (
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    "utf-8"
  ).toLowerCase();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  // Node decodes windows-1252 (which browsers also use for "iso-8859-1" and "us-ascii") as Latin-1,
  // turning its curly quotes and dashes in 0x80–0x9F into control characters.
  return decoder.encoding === "windows-1252" ? decodeWindows1252(body) : decoder.decode(body);
}

const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(body: Uint8Array): string {
  let text = "";
  for (let start = 0; start < body.length; start += 8192) {
    const chunk = body.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

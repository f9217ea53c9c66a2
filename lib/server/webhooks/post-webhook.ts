import "server-only";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { isAllowedHost, isPublicAddress } from "@/lib/import/web/address-policy";
import { FetchRefusal, forbiddenMessage, guardedLookup } from "@/lib/import/web/fetch-page";

/** How much of a receiver's answer the log keeps. */
export const MAX_RESPONSE_CHARS = 2_000;
export const DELIVERY_TIMEOUT_MS = 10_000;

export type PostOutcome = {
  /** Null when no answer came (refused, unreachable, timed out). */
  statusCode: number | null;
  /** The first MAX_RESPONSE_CHARS characters of the answer. */
  responseBody: string;
  error: string | null;
  durationMs: number;
};

export type PostWebhookOptions = {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowHosts: readonly string[];
  timeoutMs?: number;
};

/**
 * One POST to a receiver, through the same guard as the page fetcher (fetch-page.ts): http(s)
 * only, every address the host resolves to must be public (or named in FACTMARK_FETCH_ALLOW_HOSTS),
 * and the connection goes to the address that was checked. Redirects are not followed: a receiver
 * that answers 3xx has not taken the event. Never throws: every failure is an outcome with its
 * message, for the delivery log.
 */
export async function postWebhook({
  url: address,
  headers,
  body,
  allowHosts,
  timeoutMs = DELIVERY_TIMEOUT_MS,
}: PostWebhookOptions): Promise<PostOutcome> {
  const started = performance.now();
  const outcome = await send(address, headers, body, allowHosts, timeoutMs).catch((error: unknown) => ({
    statusCode: null,
    responseBody: "",
    error: error instanceof Error ? error.message : String(error),
  }));
  return { ...outcome, durationMs: Math.round(performance.now() - started) };
}

function send(address: string, headers: Record<string, string>, body: string, allowHosts: readonly string[], timeoutMs: number) {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return Promise.reject(new Error("The endpoint's address is not a valid URL."));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return Promise.reject(new Error("Only http:// and https:// endpoints can be called."));
  if (url.username || url.password)
    return Promise.reject(new Error("Endpoints with a user name or password in the address are not called."));
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  // A literal IP address is connected to without any lookup, so it is checked here.
  if (isIP(literal) && !isPublicAddress(literal) && !isAllowedHost(url, allowHosts))
    return Promise.reject(new FetchRefusal("FORBIDDEN_ADDRESS", forbiddenMessage(url, literal)));
  const client = url.protocol === "https:" ? https : http;
  const payload = Buffer.from(body, "utf8");

  return new Promise<Omit<PostOutcome, "durationMs">>((resolve, reject) => {
    const timer = setTimeout(() => req.destroy(new Error(`No answer within ${timeoutMs / 1000} s.`)), timeoutMs);
    const req = client.request(
      url,
      {
        method: "POST",
        // A fresh connection for every request: nothing resolved for another host is reused.
        agent: false,
        lookup: guardedLookup(url, allowHosts),
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(payload.length),
          "user-agent": "Factmark-Webhooks/1.0",
        },
      },
      (res) => {
        const statusCode = res.statusCode ?? 0;
        res.setEncoding("utf8");
        let kept = "";
        const finish = (error: string | null) => {
          clearTimeout(timer);
          resolve({ statusCode, responseBody: kept, error });
        };
        res.on("data", (chunk: string) => {
          kept += chunk;
          if (kept.length >= MAX_RESPONSE_CHARS) {
            // Enough for the log: the rest of a large answer is not read.
            kept = kept.slice(0, MAX_RESPONSE_CHARS);
            res.destroy();
            finish(null);
          }
        });
        res.on("end", () => finish(null));
        res.on("error", () => finish(null));
        res.on("close", () => finish(null));
      },
    );
    req.on("error", (error: Error & { code?: string }) => {
      clearTimeout(timer);
      reject(error instanceof FetchRefusal ? error : new Error(networkMessage(url, error)));
    });
    req.end(payload);
  });
}

function networkMessage(url: URL, error: Error & { code?: string }): string {
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") return `${url.hostname} could not be found (${error.code}).`;
  if (error.code) return `Could not connect to ${url.host} (${error.code}).`;
  return error.message;
}

// A webhook receiver for tests and benches: a real HTTP server on 127.0.0.1 that records every
// request and answers as the test says (a status, a body, or never).
import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { headers: http.IncomingHttpHeaders; body: string; path: string; receivedAt: number };
/** What to answer the nth request (from 0): a status (and body), or "hang" to answer never (until closed). */
export type ReceiverAnswer = number | { status: number; body?: string; headers?: Record<string, string>; delayMs?: number } | "hang";

export type WebhookReceiver = {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /** Answers every request held by "hang" so far with `status`. */
  release(status?: number): void;
  /** Resolves when `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

export async function startWebhookReceiver(
  answer: (request: ReceivedWebhook, index: number) => ReceiverAnswer = () => 204,
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), path: req.url ?? "/", receivedAt: Date.now() };
      const index = received.push(request) - 1;
      for (const waiter of waiters) waiter();
      const reply = answer(request, index);
      if (reply === "hang") {
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return;
      }
      const { status, body = "", headers = {}, delayMs = 0 } = typeof reply === "number" ? { status: reply } : reply;
      const send = () => res.writeHead(status, { "content-type": "text/plain", ...headers }).end(body);
      if (delayMs > 0) setTimeout(send, delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    release(status = 200) {
      for (const res of hanging) if (!res.writableEnded) res.writeHead(status).end();
      hanging.clear();
    },
    waitFor(count, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`The receiver got ${received.length} of ${count} requests within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Checks a request's signature the way the Standard Webhooks specification describes it, written
 * here with node:crypto, independent of the library that signed it: true when one of the
 * signatures in `webhook-signature` is the HMAC-SHA256 of "id.timestamp.body" with the secret.
 */
export function hasValidSignature(request: Pick<ReceivedWebhook, "headers" | "body">, secret: string): boolean {
  const id = String(request.headers["webhook-id"] ?? "");
  const timestamp = String(request.headers["webhook-timestamp"] ?? "");
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${request.body}`, "utf8").digest("base64");
  return String(request.headers["webhook-signature"] ?? "")
    .split(" ")
    .some((entry) => entry === `v1,${expected}`);
}

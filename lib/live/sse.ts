// Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html):
// pure, so the stream, the browser's readers and their tests agree on the bytes.
import type { z } from "zod";

/** One event: `id` becomes the browser's lastEventId, which it sends back as Last-Event-ID on reconnection. */
export function sseEvent(event: string, data: unknown, id?: number): string {
  const lines = JSON.stringify(data)
    .split("\n")
    .map((line) => `data: ${line}`)
    .join("\n");
  return `${id === undefined ? "" : `id: ${id}\n`}event: ${event}\n${lines}\n\n`;
}

/** A comment line: keeps proxies and the browser from timing the connection out, and reveals a dead one. */
export const sseComment = (text: string) => `: ${text}\n\n`;

/** How long the browser waits before reconnecting by itself. */
export const sseRetry = (ms: number) => `retry: ${ms}\n\n`;

/** Where a stream resumes: Last-Event-ID (a reconnecting EventSource) first, else `?after=` (the page's starting point). */
export function resumeSeq(lastEventId: string | null, after: string | null): number | null {
  for (const value of [lastEventId, after]) {
    if (value !== null && /^\d{1,15}$/.test(value.trim())) return Number(value.trim());
  }
  return null;
}

/**
 * A message's data as its schema says, or null when it is not JSON or not that shape: the
 * browser's EventSource listeners never throw, so a bad message is something a caller decides on.
 */
export function readSseData<T>(schema: z.ZodType<T>, message: { data?: unknown }): T | null {
  if (typeof message.data !== "string") return null;
  let value: unknown;
  try {
    value = JSON.parse(message.data);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

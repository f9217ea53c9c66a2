import { AppError } from "@/lib/errors";
import { IMPORT_STREAM_TYPE, type ImportStreamLine } from "@/lib/fact-checks/import-stream";
import type { ImportProgress } from "@/lib/fact-checks/import-summary";
import { withActor } from "@/lib/http";
import { requestIdFrom } from "@/lib/api/request-id";
import { requestLogger } from "@/lib/log";
import { canManageFactCheckLibrary, LIBRARY_REFUSAL } from "@/lib/policies/fact-checks";
import { importFactChecks } from "@/lib/server/fact-checks/import-fact-checks";
import { importFactChecksFromUrl } from "@/lib/server/fact-checks/import-fact-checks-from-url";
import { importFactChecksRequestSchema } from "@/lib/validation/fact-check";
import { parseInput } from "@/lib/validation/parse-input";

const PROGRESS_INTERVAL_MS = 250;

/**
 * POST a feed file as the body (`?name=feed.json`, its name a hint to the format), or ask for a
 * web address (`?url=https://…`, no body). The body is read as a stream, never held whole (proxy.ts
 * leaves this path alone so Next does not buffer it), and the answer is NDJSON: progress lines,
 * then the summary or an error. Editors and admins only, refused before anything is read.
 */
export const POST = withActor(async (request, actor) => {
  if (!canManageFactCheckLibrary(actor)) throw new AppError("FORBIDDEN", LIBRARY_REFUSAL);
  const input = parseInput(importFactChecksRequestSchema, Object.fromEntries(new URL(request.url).searchParams));
  if (!input.url && !input.name && !request.body)
    throw new AppError("INVALID", "Choose a file to import, or give a web address.", { field: "file" });
  // A web stream is async-iterable in Node; the DOM typings do not say so. No body is an empty file (the reader says so).
  const bytes = (request.body ??
    new ReadableStream<Uint8Array>({ start: (controller) => controller.close() })) as unknown as AsyncIterable<Uint8Array>;
  const declared = Number(request.headers.get("content-length"));

  const encoder = new TextEncoder();
  let isCancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      // A browser that went away cancels the answer; the import goes on to its end (or to the end of what was uploaded).
      const send = (line: ImportStreamLine) => {
        if (!isCancelled) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      let sentAt = 0;
      const onProgress = (progress: ImportProgress) => {
        if (Date.now() - sentAt < PROGRESS_INTERVAL_MS) return;
        sentAt = Date.now();
        send({ type: "progress", progress });
      };
      try {
        const summary = input.url
          ? await importFactChecksFromUrl({ actor, url: input.url, onProgress })
          : await importFactChecks({
              actor,
              bytes,
              source: input.name || "upload",
              fileName: input.name,
              totalBytes: Number.isFinite(declared) && declared > 0 ? declared : null,
              onProgress,
            });
        send({ type: "summary", summary });
      } catch (error) {
        if (error instanceof AppError) send({ type: "error", message: error.message });
        else {
          // proxy.ts does not see this path (see its matcher): the id is made here when the caller sent none.
          requestLogger(requestIdFrom(request.headers)).error({ err: error }, "Fact-check import failed");
          send({ type: "error", message: "The import failed on the server. What was imported before the failure stays in the library." });
        }
      } finally {
        if (!isCancelled) controller.close();
      }
    },
    cancel() {
      isCancelled = true;
    },
  });
  return new Response(stream, { headers: { "Content-Type": IMPORT_STREAM_TYPE, "Cache-Control": "no-store" } });
});

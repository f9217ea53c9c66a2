import { describe, expect, it } from "vitest";
import { deepButAllowedHtml, nestedInlineHtml, nestedListMarkdown, nestedQuoteMarkdown } from "../hostile/hostile-inputs";
import { convertInWorker } from "./parse-pool";

const MB = 1024 * 1024;

/** The longest gap between timer ticks on this thread while `work` runs: how long a request would have waited. */
async function longestStall<T>(work: Promise<T>): Promise<{ result: T; stall: number }> {
  let stall = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  const result = await work;
  clearInterval(timer);
  return { result, stall };
}

describe("convertInWorker", () => {
  it("converts an ordinary document", async () => {
    const result = await convertInWorker({ content: "# Title\n\nOne *paragraph*.", format: "markdown" });
    expect(result).toMatchObject({ ok: true, text: "Title\n\nOne paragraph.", title: "Title" });
  });

  // Regressions for the hardening issue: each of these used to block the server for seconds
  // (0.6 MB of nested inline tags: 13.6 s) or crash it with a stack overflow.
  it.each([
    ["2 MB of nested unclosed inline tags", nestedInlineHtml(2 * MB), "html", /more than 400 levels deep/],
    ["2 MB of nested list markers", nestedListMarkdown(2 * MB), "markdown", /levels deep; the limit is 64/],
    ["5,000 nested block quotes", nestedQuoteMarkdown(5000), "markdown", /levels deep; the limit is 64/],
  ] as const)("refuses %s with a message, without stalling this thread", async (_name, content, format, message) => {
    const { result, stall } = await longestStall(convertInWorker({ content, format }));
    expect(result).toEqual({ ok: false, error: { code: "TOO_COMPLEX", message: expect.stringMatching(message) } });
    // Generous for a shared machine; the old converter blocked for many seconds.
    expect(stall).toBeLessThan(500);
  });

  it("keeps this thread free while a large allowed document is parsed", async () => {
    const { result, stall } = await longestStall(convertInWorker({ content: deepButAllowedHtml(MB), format: "html" }));
    expect(result.ok).toBe(true);
    expect(stall).toBeLessThan(500);
  });

  it("stops a parse that overruns its time budget and says so; the next job still runs", async () => {
    const result = await convertInWorker({ content: deepButAllowedHtml(2 * MB), format: "html" }, { timeoutMs: 50 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "TOO_COMPLEX",
        message: "Reading this document took longer than 0.05 s, so it was stopped. It is too complex to import.",
      },
    });
    expect(await convertInWorker({ content: "<p>still working</p>", format: "html" })).toMatchObject({ ok: true, text: "still working" });
  });

  it("runs jobs side by side and answers each its own result", async () => {
    const texts = ["alpha", "beta", "gamma", "delta", "epsilon"];
    const results = await Promise.all(texts.map((text) => convertInWorker({ content: `<p>${text}</p>`, format: "html" })));
    expect(results.map((result) => (result.ok ? result.text : result.error.message))).toEqual(texts);
  });
});

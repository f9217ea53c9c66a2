import { describe, expect, it } from "vitest";
import { callAction } from "./call-action";

describe("callAction", () => {
  it("passes results and refusals through unchanged", async () => {
    expect(await callAction(async (n: number) => ({ ok: true as const, data: n * 2 }), 21)).toEqual({ ok: true, data: 42 });
    const refusal = { ok: false as const, code: "INVALID" as const, message: "Nope." };
    expect(await callAction(async () => refusal, undefined)).toBe(refusal);
  });

  it("turns a rejected request into an UNAVAILABLE result instead of throwing", async () => {
    const result = await callAction(async () => {
      throw new TypeError("Failed to fetch");
    }, undefined);
    expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE", message: "The server could not be reached." });
  });

  it("treats an answer that is not a result as unavailable", async () => {
    const broken = (async () => "<html>502</html>") as unknown as () => Promise<{ ok: true; data: number }>;
    expect(await callAction(broken, undefined)).toMatchObject({ ok: false, code: "UNAVAILABLE" });
  });

  it("turns the proxy's refusal of an undecodable body into INVALID with its words, not a retryable failure", async () => {
    // What Next's client throws for the proxy's text/plain 400 (server-action-reducer: `throw new Error(await res.text())`).
    const result = await callAction(async () => {
      throw new Error("Not accepted: The field “content” is nested too deeply (more than 64 levels).");
    }, undefined);
    expect(result).toEqual({ ok: false, code: "INVALID", message: "The field “content” is nested too deeply (more than 64 levels)." });
  });

  it("keeps any other thrown message unavailable, so a server fault is retried rather than shown", async () => {
    const result = await callAction(async () => {
      throw new Error("An unexpected response was received from the server.");
    }, undefined);
    expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE" });
  });
});

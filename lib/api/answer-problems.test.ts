import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { withProblemDetails } from "@/lib/api/answer-problems";
import { problemTypeOf } from "@/lib/api/problem-details";
import { getLogger } from "@/lib/log";

const request = (headers: Record<string, string> = { "x-request-id": "req-abcdefgh" }) =>
  new Request("https://app.example/api/v1/annotations/n1?x=1", { method: "PATCH", headers });
const failing = (error: unknown) => withProblemDetails<undefined>(async () => Promise.reject(error));

afterEach(() => vi.restoreAllMocks());

describe("withProblemDetails", () => {
  it("passes a handler's own answer through", async () => {
    const response = await withProblemDetails<undefined>(async () => Response.json({ ok: true }))(request(), undefined);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("answers a conflict as problem details with the current record and the request id", async () => {
    const current = { id: "n1", version: 3 };
    const response = await failing(new AppError("CONFLICT", "Someone else saved first.", { current }))(request(), undefined);
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("x-request-id")).toBe("req-abcdefgh");
    expect(await response.json()).toEqual({
      type: problemTypeOf("CONFLICT"),
      title: "Conflict with the current state",
      status: 409,
      detail: "Someone else saved first.",
      instance: "/api/v1/annotations/n1",
      requestId: "req-abcdefgh",
      current,
    });
  });

  it("answers a zod error with the field messages, and Prisma's known errors by their meaning", async () => {
    const zodError = z.object({ note: z.string("Write a note.") }).safeParse({}).error!;
    const invalid = await (await failing(zodError)(request(), undefined)).json();
    expect(invalid).toMatchObject({ status: 422, errors: [{ field: "note", detail: "Write a note.", pointer: "#/note" }] });
    const gone = new Prisma.PrismaClientKnownRequestError("gone", { code: "P2025", clientVersion: "7" });
    expect((await failing(gone)(request(), undefined)).status).toBe(404);
  });

  it("logs anything else with the request id and answers 500 naming only that id", async () => {
    const error = vi.fn();
    const logged = vi.spyOn(getLogger(), "child").mockReturnValue({ error } as never);
    const response = await failing(new Error("connection string postgresql://secret"))(request({}), undefined);
    const problem = await response.json();
    expect(response.status).toBe(500);
    expect(problem.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-request-id")).toBe(problem.requestId);
    expect(JSON.stringify(problem)).not.toContain("secret");
    expect(logged).toHaveBeenCalledWith({ requestId: problem.requestId });
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ method: "PATCH", path: "/api/v1/annotations/n1" }), "API request failed");
  });
});

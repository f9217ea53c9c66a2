import { describe, expect, it } from "vitest";
import { reopenArticleSchema, requestChangesSchema } from "@/lib/validation/review";
import { reasonProblem, REASON_REQUIRED } from "./reasons";

describe("reasonProblem", () => {
  it.each([null, undefined, "", "   ", "\n\t"])("refuses %j", (reason) => {
    expect(reasonProblem(reason)).toBe(REASON_REQUIRED);
  });

  it("accepts any text that is not only spaces", () => {
    expect(reasonProblem(" Not check-worthy. ")).toBeNull();
  });

  it("says the same as the forms' schema, so the form and the server never disagree in words", () => {
    const parsed = requestChangesSchema.safeParse({ annotationId: "a1", version: 1, reason: "  " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(REASON_REQUIRED);
    expect(reopenArticleSchema.safeParse({ articleId: "a1", reason: "" }).error?.issues[0]?.message).toBe(REASON_REQUIRED);
  });
});

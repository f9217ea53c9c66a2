import { describe, expect, it } from "vitest";
import {
  ANNOTATION_KINDS,
  KIND_LABELS,
  labelledOptions,
  QUOTE_CHECKS,
  QUOTE_CHECK_LABELS,
  STATUS_LABELS,
  ANNOTATION_STATUSES,
} from "./enums";

describe("enum lists and labels", () => {
  it("follow the Prisma schema's order", () => {
    expect(ANNOTATION_KINDS).toEqual(["CLAIM", "QUOTE", "OPINION"]);
    expect(labelledOptions(QUOTE_CHECKS, QUOTE_CHECK_LABELS)[0]).toEqual(["VERIFIED", "Verified"]);
  });

  it("label every value of each enum", () => {
    for (const kind of ANNOTATION_KINDS) expect(KIND_LABELS[kind]).toBeTruthy();
    for (const status of ANNOTATION_STATUSES) expect(STATUS_LABELS[status]).toBeTruthy();
  });
});

import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES } from "@/lib/enums";
import { publishReportRefusal, revokePublicReportRefusal } from "./exports";

const editor = { role: "EDITOR" as const };
const admin = { role: "ADMIN" as const };
const reviewer = { role: "REVIEWER" as const };

describe("publishReportRefusal", () => {
  it("lets editors and admins publish a signed-off or published report", () => {
    for (const actor of [editor, admin]) {
      expect(publishReportRefusal(actor, { status: "SIGNED_OFF" })).toBeNull();
      expect(publishReportRefusal(actor, { status: "PUBLISHED" })).toBeNull();
    }
  });

  it("refuses a report that is not signed off", () => {
    for (const status of ["NEW", "IN_PROGRESS", "IN_REVIEW", "ARCHIVED"] as const)
      expect(publishReportRefusal(editor, { status })).toBe("Only a signed-off report can be published.");
  });

  it("refuses anyone else, whatever the article's status, role first", () => {
    for (const status of ARTICLE_STATUSES)
      expect(publishReportRefusal(reviewer, { status })).toBe("Only editors and admins publish reports.");
  });
});

describe("revokePublicReportRefusal", () => {
  it("lets editors and admins revoke, with no condition on the article (a reopened article's link must be closable)", () => {
    expect(revokePublicReportRefusal(editor)).toBeNull();
    expect(revokePublicReportRefusal(admin)).toBeNull();
  });

  it("refuses anyone else in the same words as publishing", () => {
    expect(revokePublicReportRefusal(reviewer)).toBe("Only editors and admins publish reports.");
  });
});

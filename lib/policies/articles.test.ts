import { describe, expect, it } from "vitest";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import {
  assignArticleRefusal,
  canAssignArticle,
  canEditArticleDetails,
  canReadArticle,
  editArticleDetailsRefusal,
  readableArticleStatuses,
} from "./articles";

const reviewer = { role: "REVIEWER" as const };
const editor = { role: "EDITOR" as const };
const admin = { role: "ADMIN" as const };

describe("canReadArticle", () => {
  it("lets every role read every article on the desk", () => {
    for (const status of Object.values(ArticleStatus).filter((s) => s !== "ARCHIVED")) {
      for (const actor of [reviewer, editor, admin]) expect(canReadArticle(actor, { status })).toBe(true);
    }
  });

  it("shows archived articles to editors and admins only", () => {
    expect(canReadArticle(reviewer, { status: "ARCHIVED" })).toBe(false);
    expect(canReadArticle(editor, { status: "ARCHIVED" })).toBe(true);
    expect(canReadArticle(admin, { status: "ARCHIVED" })).toBe(true);
    expect(readableArticleStatuses(reviewer)).not.toContain("ARCHIVED");
  });
});

describe("editArticleDetailsRefusal", () => {
  const importer = { id: "u1", role: "REVIEWER" as const };
  const editorial = { id: "u2", role: "EDITOR" as const };
  it("lets editors, admins and the importer change the details while the article is on the desk", () => {
    const article = { createdById: "u1", status: "IN_PROGRESS" as const };
    expect(editArticleDetailsRefusal(importer, article)).toBeNull();
    expect(editArticleDetailsRefusal(editorial, article)).toBeNull();
    expect(editArticleDetailsRefusal({ id: "u3", role: "REVIEWER" }, article)).toMatch(/^Only editors, admins/);
  });
  it("keeps a signed-off article read-only, its details too, for everyone", () => {
    const signedOff = { createdById: "u1", status: "SIGNED_OFF" as const };
    expect(editArticleDetailsRefusal(importer, signedOff)).toMatch(/signed off/);
    expect(editArticleDetailsRefusal(editorial, signedOff)).toMatch(/signed off/);
    expect(canEditArticleDetails({ id: "u4", role: "ADMIN" }, signedOff)).toBe(false);
  });
});

describe("assignArticleRefusal", () => {
  it("lets editors and admins assign while the article is on the desk, and nobody else", () => {
    for (const status of ["NEW", "IN_PROGRESS", "IN_REVIEW"] as const) {
      expect(assignArticleRefusal(editor, { status })).toBeNull();
      expect(assignArticleRefusal(admin, { status })).toBeNull();
      expect(assignArticleRefusal(reviewer, { status })).toBe("Only editors and admins assign articles.");
    }
  });
  it("refuses everyone on a signed-off or archived article: reopening is the way to change it", () => {
    for (const actor of [editor, admin]) {
      expect(assignArticleRefusal(actor, { status: "SIGNED_OFF" })).toBe(
        "The article is signed off: an editor must reopen it before anything changes.",
      );
      expect(assignArticleRefusal(actor, { status: "ARCHIVED" })).toBe("The article is archived.");
      expect(canAssignArticle(actor, { status: "SIGNED_OFF" })).toBe(false);
    }
    expect(assignArticleRefusal(reviewer, { status: "SIGNED_OFF" })).toBe("Only editors and admins assign articles.");
  });
});

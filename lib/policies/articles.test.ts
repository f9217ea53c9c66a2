import { describe, expect, it } from "vitest";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { canEditArticleDetails, canReadArticle, editArticleDetailsRefusal, readableArticleStatuses } from "./articles";

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

import { describe, expect, it } from "vitest";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { canReadArticle, readableArticleStatuses } from "./articles";

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

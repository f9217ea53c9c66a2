import { describe, expect, it } from "vitest";
import { canEditAnnotation, editAnnotationRefusal } from "./annotations";

const author = { id: "u1", role: "REVIEWER" as const };
const other = { id: "u2", role: "REVIEWER" as const };
const editor = { id: "u3", role: "EDITOR" as const };

describe("annotation policies", () => {
  it("lets the author and editors edit a draft, not another reviewer", () => {
    const draft = { authorId: "u1", status: "DRAFT" as const };
    expect(canEditAnnotation(author, draft)).toBe(true);
    expect(canEditAnnotation(editor, draft)).toBe(true);
    expect(canEditAnnotation(other, draft)).toBe(false);
  });

  it("lets the author and editors change an approved finding (it goes back to review), and freezes a signed-off article", () => {
    const approved = { authorId: "u1", status: "APPROVED" as const };
    expect(canEditAnnotation(author, approved)).toBe(true);
    expect(canEditAnnotation(editor, approved)).toBe(true);
    expect(canEditAnnotation(editor, { ...approved, articleStatus: "SIGNED_OFF" })).toBe(false);
  });
});

describe("editAnnotationRefusal", () => {
  it("says why an edit is refused, status first", () => {
    expect(editAnnotationRefusal(author, { authorId: "u1", status: "SUBMITTED" })).toBeNull();
    expect(editAnnotationRefusal(other, { authorId: "u1", status: "DRAFT" })).toBe(
      "Only the author or an editor can change this annotation.",
    );
    expect(editAnnotationRefusal(other, { authorId: "u1", status: "DISMISSED" })).toBe(
      "A dismissed annotation is out of the report: reopen it to change it.",
    );
  });
});

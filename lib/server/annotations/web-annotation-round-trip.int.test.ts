import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { renderWebAnnotations } from "@/lib/exports/web-annotation";
import { assertTestDatabase } from "@/lib/test/database";
import { webAnnotationUploadSchema } from "@/lib/validation/web-annotation";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { buildReportModel } from "@/lib/server/reports/build-report-model";
import { importWebAnnotations } from "./import-web-annotations";

beforeAll(assertTestDatabase);

const BASE = "https://factmark.test";

async function annotate(articleId: string, authorId: string, text: string, phrase: string, data: Record<string, unknown>) {
  const start = text.indexOf(phrase);
  const { position, quote } = describeSpan(text, start, start + phrase.length);
  return getDb().annotation.create({
    data: {
      articleId,
      authorId,
      start: position.start,
      end: position.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      articleRevision: 1,
      kind: "CLAIM",
      ...data,
    },
    select: { id: true },
  });
}

describe("W3C Web Annotation round trip (real database)", () => {
  it("export → delete everything → import the same text and the file → export gives identical bytes", async () => {
    const editor = await createTestUser("EDITOR");
    const token = randomUUID();
    const text = `Unemployment fell to 4.1 per cent, the minister said (${token}).\n\n👍🏽 Critics called it “a statistical mirage” costing £3bn — مرحبا 🤥.`;
    const article = await createTestArticle(editor, text);
    const claim = await annotate(article.id, editor.id, text, "Unemployment fell to 4.1 per cent", {
      claimText: "Unemployment fell to 4.1% in 2025.",
      note: "=1+1 <b>hostile</b>",
      verdict: {
        create: {
          rating: "MOSTLY_TRUE",
          authorId: editor.id,
          rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "ONS: 4.2 per cent." }] }] },
        },
      },
      sources: {
        create: [
          {
            url: "https://www.ons.gov.uk/a",
            title: "Labour",
            stance: "SUPPORTS",
            createdById: editor.id,
            createdAt: new Date("2026-01-01T00:00:00Z"),
          },
          { url: "https://example.org/b", stance: "CONTEXT", createdById: editor.id, createdAt: new Date("2026-01-01T00:00:01Z") },
        ],
      },
    });
    await annotate(article.id, editor.id, text, "a statistical mirage", {
      kind: "OPINION",
      holder: "Critics",
      restsOn: { connect: [{ id: claim.id }] },
    });
    await annotate(article.id, editor.id, text, "the minister said", { kind: "QUOTE", speaker: "The minister", quoteCheck: "VERIFIED" });

    const first = renderWebAnnotations(await buildReportModel({ actor: editor, articleId: article.id, baseUrl: BASE }));
    await getDb().article.delete({ where: { id: article.id } });

    const fresh = await createTestArticle(editor, text);
    const result = await importWebAnnotations({
      actor: editor,
      input: { articleId: fresh.id, upload: webAnnotationUploadSchema.parse(JSON.parse(first.toString("utf8"))) },
    });
    // Placed by position, the opinion after an emoji too: the file's code points were read as such.
    expect(result).toEqual({ imported: 3, reanchored: 0, unplaced: [] });
    const second = renderWebAnnotations(await buildReportModel({ actor: editor, articleId: fresh.id, baseUrl: BASE }));
    expect(second.toString("utf8")).toBe(first.toString("utf8"));

    // Imported findings are drafts by the importer, each with its audit event.
    const rows = await getDb().annotation.findMany({ where: { articleId: fresh.id }, select: { status: true, authorId: true } });
    expect(rows.every((r) => r.status === "DRAFT" && r.authorId === editor.id)).toBe(true);
    expect(await getDb().auditEvent.count({ where: { articleId: fresh.id, action: "annotation.imported" } })).toBe(3);
  });

  it("on a corrected text re-anchors by quote and reports what it cannot place; a read-only article is refused", async () => {
    const editor = await createTestUser("EDITOR");
    const text = `Prices rose 3 per cent in March (${randomUUID()}).\n\nThe mayor said it was “a triumph”.`;
    const article = await createTestArticle(editor, text);
    await annotate(article.id, editor.id, text, "Prices rose 3 per cent", {
      verdict: { create: { rating: "FALSE", authorId: editor.id } },
    });
    await annotate(article.id, editor.id, text, "a triumph", { kind: "OPINION", holder: "The mayor" });
    const file = JSON.parse(
      renderWebAnnotations(await buildReportModel({ actor: editor, articleId: article.id, baseUrl: BASE })).toString("utf8"),
    );

    const other = await createTestArticle(editor, `A new opening line.\n\n${text.replace("“a triumph”", "“fine”")}`);
    const result = await importWebAnnotations({
      actor: editor,
      input: { articleId: other.id, upload: webAnnotationUploadSchema.parse(file) },
    });
    expect(result.imported).toBe(1);
    expect(result.reanchored).toBe(1);
    expect(result.unplaced).toEqual([expect.objectContaining({ exact: "a triumph", reason: "Its quote is not in this article's text." })]);

    await getDb().article.update({ where: { id: other.id }, data: { status: "SIGNED_OFF" } });
    await expect(
      importWebAnnotations({ actor: editor, input: { articleId: other.id, upload: webAnnotationUploadSchema.parse(file) } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

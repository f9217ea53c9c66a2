import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestUser, createTestAnnotation } from "@/prisma/test-factories";
import { readAnnotationView } from "./read-annotation-view";
import type { Actor } from "@/lib/auth/session";

let author: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  author = await createTestUser("REVIEWER");
  article = await createTestArticle(author);
});

describe("readAnnotationView", () => {
  it("returns the browser view including the transaction's own uncommitted writes", async () => {
    const claim = await createTestAnnotation(author, article);
    const view = await getDb()
      .$transaction(async (tx) => {
        await tx.source.create({
          data: {
            annotationId: claim.id,
            url: "https://example.org/s",
            accessedOn: new Date("2024-02-29T00:00:00Z"),
            createdById: author.id,
          },
        });
        const inside = await readAnnotationView(tx, claim.id);
        throw Object.assign(new Error("roll back"), { inside });
      })
      .catch((error: { inside: unknown }) => error.inside);
    expect(view).toMatchObject({ id: claim.id, sources: [{ url: "https://example.org/s", accessedOn: "2024-02-29" }] });
    expect(typeof (view as { createdAt: unknown }).createdAt).toBe("string");
    expect(await getDb().source.count({ where: { annotationId: claim.id } })).toBe(0);
  });
});

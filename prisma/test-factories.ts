// Rows for integration tests, each unique so test files can run in parallel on one database.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/session";
import type { AnnotationKind, Role } from "@/lib/generated/prisma/enums";
import { prepareImport } from "@/lib/import";
import { importArticle } from "@/lib/server/articles/import-article";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";

export async function createTestUser(role: Role = "REVIEWER"): Promise<Actor> {
  const token = randomUUID().slice(0, 8);
  return getDb().user.create({
    data: { email: `${role.toLowerCase()}-${token}@factmark.test`, name: `Test ${role} ${token}`, role, passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** The claim every test article's text begins with. */
export const TEST_CLAIM = "Unemployment fell to 4.1 per cent";

export async function createTestArticle(actor: Actor, text?: string) {
  const body = text ?? `${TEST_CLAIM}, the minister said (${randomUUID()}).\n\nCritics called it “a statistical mirage” costing £3bn.`;
  const prepared = await prepareImport({ content: body, format: "text" });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const { id } = await importArticle({ actor, prepared, metadata: { language: "en" } });
  return getDb().article.findUniqueOrThrow({ where: { id } });
}

/** A draft annotation (by default a claim on TEST_CLAIM) in a test article, created through the use case. */
export async function createTestAnnotation(
  actor: Actor,
  article: { id: string; text: string },
  { exact = TEST_CLAIM, kind = "CLAIM" }: { exact?: string; kind?: AnnotationKind } = {},
) {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`“${exact}” is not in the article's text`);
  return createAnnotation({
    actor,
    input: { articleId: article.id, articleRevision: 1, kind, start, end: start + exact.length, exact },
  });
}

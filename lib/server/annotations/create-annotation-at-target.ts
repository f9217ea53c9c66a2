import "server-only";
import { baseOf } from "@/lib/annotations/field-merge";
import { resolveTarget } from "@/lib/annotations/resolve-target";
import { wrongKindRefusal } from "@/lib/annotations/card-fields";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { createAnnotationSchema, type NewAnnotationInput } from "@/lib/validation/annotation";
import { parseInput } from "@/lib/validation/parse-input";

export type CreateAnnotationAtTargetOptions = { actor: Actor; articleId: string; input: NewAnnotationInput };

/**
 * An annotation placed by offsets or W3C selectors (lib/annotations/resolve-target.ts) on the
 * article's current text, then made by the same use case as the browser's (createAnnotation: its
 * policy, its lock against a sign-off, its idempotent client request id). Card fields given with
 * it are saved as the card's first edit, through updateAnnotation and its rules.
 */
export async function createAnnotationAtTarget({ actor, articleId, input }: CreateAnnotationAtTargetOptions) {
  const article = await getDb().article.findFirst({
    where: { id: articleId, ...readableArticleWhere(actor) },
    select: { text: true, revision: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
  const { start, end } = resolveTarget(article.text, input);
  // Refused before anything is made, so a wrong field never leaves a bare annotation behind.
  const wrongKind = input.fields && wrongKindRefusal(input.kind, input.fields);
  if (wrongKind) throw new AppError("INVALID", wrongKind, { field: "fields", fieldErrors: { fields: wrongKind } });
  const created = await createAnnotation({
    actor,
    // Through the browser's own schema, so every rule it has for a span (its length, the id's form) holds here too.
    input: parseInput(createAnnotationSchema, {
      articleId,
      articleRevision: article.revision,
      kind: input.kind,
      start,
      end,
      exact: article.text.slice(start, end),
      clientRequestId: input.clientRequestId,
    }),
  });
  // A retried request answers with the first one's annotation: its fields were saved then (version 2 on).
  if (!input.fields || created.version !== 1) return created;
  return updateAnnotation({
    actor,
    input: { annotationId: created.id, version: created.version, patch: input.fields, base: baseOf(created, input.fields) },
  });
}

import "server-only";
import type { Actor } from "@/lib/auth/session";
import { dateFromDateOnly } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import type { AnnotationView } from "@/lib/annotations/types";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { refuseDuplicateFactCheck } from "@/lib/server/sources/refuse-duplicate-fact-check";
import type { SourceFields } from "@/lib/validation/source";

export type AddSourceOptions = { actor: Actor; input: { annotationId: string; version: number; source: SourceFields } };

/**
 * Adds a source to an annotation. A new source changes nothing anyone else may have changed, so
 * when others saved the annotation since `version`, it is added to the version they left.
 */
export async function addSource(options: AddSourceOptions): Promise<AnnotationView> {
  return (await addSourceWithId(options)).annotation;
}

/** addSource, answering the new source's id too (the API answers that source, the browser the whole card). */
export async function addSourceWithId({ actor, input }: AddSourceOptions): Promise<{ annotation: AnnotationView; sourceId: string }> {
  return getDb().$transaction(async (tx) => {
    const annotation = await claimAnnotationVersion(tx, {
      actor,
      annotationId: input.annotationId,
      version: input.version,
      rule: editAnnotationRefusal,
      isContentChange: true,
      mergeRefusal: () => null,
    });
    await refuseDuplicateFactCheck(tx, { annotationId: annotation.id, source: input.source });
    const source = await tx.source.create({ data: { ...sourceData(input.source), annotationId: annotation.id, createdById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.added",
      entityType: "Source",
      entityId: source.id,
      articleId: annotation.articleId,
      ...(annotation.mergedFrom && { before: { mergedFrom: annotation.mergedFrom } }),
      after: source,
    });
    return { annotation: await readAnnotationView(tx, annotation.id), sourceId: source.id };
  });
}

export function sourceData(source: SourceFields) {
  return {
    url: source.url,
    title: source.title ?? null,
    publisher: source.publisher ?? null,
    accessedOn: dateFromDateOnly(source.accessedOn),
    publishedOn: dateFromDateOnly(source.publishedOn),
    archiveUrl: source.archiveUrl ?? null,
    excerpt: source.excerpt ?? null,
    stance: source.stance,
  };
}

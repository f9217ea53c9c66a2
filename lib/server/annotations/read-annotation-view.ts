import "server-only";
import type { Tx } from "@/lib/db";
import { annotationSelect, toAnnotationView, type AnnotationView } from "@/lib/server/annotations/annotation-view";

/**
 * The browser's view of an annotation, re-read inside the transaction that just changed it, so
 * what a use case returns includes every write it made (fields, verdict, sources, links).
 */
export async function readAnnotationView(tx: Tx, annotationId: string): Promise<AnnotationView> {
  return toAnnotationView(await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationSelect }));
}

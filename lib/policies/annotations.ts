import type { Actor } from "@/lib/auth/actor";
import { transitionProblems, type StatusFacts } from "@/lib/workflow/annotation-status";

export type AnnotationFacts = StatusFacts;

/**
 * Why this actor may not edit this annotation, or null. Drafts belong to their author; editors and
 * admins may step in; a dismissed finding or a signed-off article is frozen (lib/workflow/annotation-status).
 */
export function editAnnotationRefusal(actor: Pick<Actor, "id" | "role">, annotation: AnnotationFacts): string | null {
  return transitionProblems("edit", annotation, actor)[0] ?? null;
}

export function canEditAnnotation(actor: Pick<Actor, "id" | "role">, annotation: AnnotationFacts): boolean {
  return editAnnotationRefusal(actor, annotation) === null;
}

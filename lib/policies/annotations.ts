import type { Actor } from "@/lib/auth/session";
import type { AnnotationStatus } from "@/lib/generated/prisma/enums";

type AnnotationFacts = { authorId: string; status: AnnotationStatus };

const isEditorial = (actor: Pick<Actor, "role">) => actor.role === "ADMIN" || actor.role === "EDITOR";

/** Drafts belong to their author; editors and admins may step in. Approved findings are frozen. */
export function canEditAnnotation(actor: Pick<Actor, "id" | "role">, annotation: AnnotationFacts): boolean {
  if (annotation.status === "APPROVED") return false;
  return annotation.authorId === actor.id || isEditorial(actor);
}

export function canDeleteAnnotation(actor: Pick<Actor, "id" | "role">, annotation: AnnotationFacts): boolean {
  return canEditAnnotation(actor, annotation);
}

import type { Actor } from "@/lib/auth/actor";

/** Editors and admins: they step in on anyone's work, review it and see archived articles. */
export function isEditorial(actor: Pick<Actor, "role">): boolean {
  return actor.role === "ADMIN" || actor.role === "EDITOR";
}

import type { Actor } from "@/lib/auth/session";

/** Editors and admins: they step in on anyone's work, review it and see archived articles. */
export function isEditorial(actor: Pick<Actor, "role">): boolean {
  return actor.role === "ADMIN" || actor.role === "EDITOR";
}

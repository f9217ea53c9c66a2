import type { Actor } from "@/lib/auth/actor";
import { isEditorial } from "@/lib/policies/roles";

/** The library is filled and browsed by editors and admins; every signed-in role reads matches from it. */
export function canManageFactCheckLibrary(actor: Pick<Actor, "role">): boolean {
  return isEditorial(actor);
}

export const LIBRARY_REFUSAL = "Only editors and admins manage the fact-check library.";

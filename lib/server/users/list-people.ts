import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

export type Person = { id: string; name: string };

/** Everyone who can be assigned or mentioned: names only, never emails or roles, for any signed-in user. */
export async function listPeople({ actor: _actor }: { actor: Actor }): Promise<Person[]> {
  return getDb().user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 });
}

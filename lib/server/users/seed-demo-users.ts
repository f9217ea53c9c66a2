import "server-only";
import { DEMO_USERS } from "@/lib/demo-users";
import { getDb } from "@/lib/db";
import { createUser } from "@/lib/server/users/create-user";

/** Creates the demo accounts when the database has no users at all; returns whether it did. */
export async function seedDemoUsers(): Promise<boolean> {
  if ((await getDb().user.count()) > 0) return false;
  for (const user of Object.values(DEMO_USERS)) await createUser({ actorId: null, input: { ...user } });
  return true;
}

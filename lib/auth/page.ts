import "server-only";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";

/** For pages: the signed-in actor, or a redirect to sign-in that comes back to `returnTo`. */
export async function requirePageActor(returnTo: string) {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type Actor = { id: string; email: string; name: string; role: Role };

/** The signed-in user, re-read from the database so a removed account or changed role counts at once. */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return getDb().user.findUnique({ where: { id: session.user.id }, select: { id: true, email: true, name: true, role: true } });
}

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  return actor;
}

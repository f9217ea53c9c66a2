import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every rule sees them: read by lib/auth/session.ts, judged by lib/policies. */
export type Actor = { id: string; email: string; name: string; role: Role };

import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import type { CreateUserInput } from "@/lib/validation/user";

/** `actorId` is null when the command line creates the first accounts of a deployment. */
export async function createUser({ actorId, input }: { actorId: string | null; input: CreateUserInput }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(tx, { actorId, action: "user.created", entityType: "User", entityId: user.id, after: user });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", `A user with the email ${input.email} already exists.`);
    }
    throw error;
  }
}

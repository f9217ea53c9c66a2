"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validation/api-token";

const SETTINGS_PATH = "/settings/tokens";

/** Answers the secret once; the page shows it until it is left, and the list never again. */
export const createApiTokenAction = defineAction(createApiTokenSchema, async (actor, input) => {
  const created = await createApiToken({ actor, input });
  revalidatePath(SETTINGS_PATH);
  return created;
});

export const revokeApiTokenAction = defineAction(revokeApiTokenSchema, async (actor, input) => {
  const revoked = await revokeApiToken({ actor, by: { id: input.id } });
  revalidatePath(SETTINGS_PATH);
  return revoked;
});

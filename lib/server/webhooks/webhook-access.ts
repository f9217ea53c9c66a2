import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fetchAllowHosts } from "@/lib/env";
import { canManageWebhooks, WEBHOOKS_REFUSAL } from "@/lib/policies/webhooks";
import { webhookAddressRefusal } from "@/lib/webhooks/webhook-address";

export type WebhookActor = Pick<Actor, "id" | "name" | "role">;

/** Every webhook use case starts here: the role is checked on the server whatever the entry point. */
export function assertCanManageWebhooks(actor: Pick<Actor, "role">): void {
  if (!canManageWebhooks(actor)) throw new AppError("FORBIDDEN", WEBHOOKS_REFUSAL);
}

/** Refuses an address deliveries may not go to, naming the form's field. */
export function assertDeliverableAddress(url: string): void {
  const refusal = webhookAddressRefusal(url, fetchAllowHosts());
  if (refusal) throw new AppError("INVALID", refusal, { field: "url", fieldErrors: { url: refusal }, reason: "PRIVATE_ADDRESS" });
}

export function endpointNotFound(): AppError {
  return new AppError("NOT_FOUND", "No such webhook endpoint.");
}

/** The endpoint, or NOT_FOUND. */
export async function findEndpoint<Select extends { id: true }>(db: Db | Tx, endpointId: string, select: Select) {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select });
  if (!endpoint) throw endpointNotFound();
  return endpoint;
}

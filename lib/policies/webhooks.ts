import type { Actor } from "@/lib/auth/actor";

// Webhooks send the desk's work to other systems, and their secrets sign it: admins only.

export function canManageWebhooks(actor: Pick<Actor, "role">): boolean {
  return actor.role === "ADMIN";
}

export const WEBHOOKS_REFUSAL = "Only admins manage webhooks.";

type DeliveryState = { status: "PENDING" | "DELIVERED" | "FAILED"; lockedUntil: Date | null };

/** Whether a worker is sending this delivery now: it holds the job until `lockedUntil`. */
export function isDeliveryLeased(delivery: DeliveryState, now: Date): boolean {
  return delivery.status === "PENDING" && delivery.lockedUntil !== null && delivery.lockedUntil > now;
}

/**
 * Why "send again" is refused, or null. A job a worker holds is not reset under it: its attempt
 * would then be written over a fresh job, and the receiver could get it twice at once.
 */
export function redeliveryRefusal(delivery: DeliveryState, now: Date): string | null {
  if (!isDeliveryLeased(delivery, now)) return null;
  return `It is being sent right now (a worker holds it until ${delivery.lockedUntil!.toISOString()}). Wait for that attempt to finish, then send it again if it failed.`;
}

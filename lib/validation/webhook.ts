import { z } from "zod";
import { httpUrlSchema } from "@/lib/validation/url";
import { recordId } from "@/lib/validation/fields";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";

// The shapes an admin sends about webhook endpoints, shared by the settings forms, the server
// actions and the API. Whether the address may be reached is the use case's rule (it depends on
// the server's allow-list), not a shape.

export const MAX_WEBHOOK_DESCRIPTION = 500;
export const MAX_DELIVERY_PAGE = 100;

const url = httpUrlSchema.meta({ description: "Where deliveries are POSTed: http or https, no user name or password." });

const description = z.string().trim().max(MAX_WEBHOOK_DESCRIPTION, `A description can be at most ${MAX_WEBHOOK_DESCRIPTION} characters.`);

const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { message: `Events are ${WEBHOOK_EVENT_TYPES.join(", ")}.` }))
  .min(1, "Choose at least one event.")
  .max(WEBHOOK_EVENT_TYPES.length * 2)
  // Kept in the list's own order, once each, so a stored list reads the same whoever sent it.
  .transform((list) => WEBHOOK_EVENT_TYPES.filter((type) => list.includes(type)));

const isActive = z.boolean({ message: "isActive is true or false." });

export const createWebhookEndpointSchema = z.object({ url, description: description.default(""), events });
export type CreateWebhookEndpointInput = z.output<typeof createWebhookEndpointSchema>;

export const webhookEndpointPatchSchema = z
  .strictObject({ url: url.optional(), description: description.optional(), events: events.optional(), isActive: isActive.optional() })
  .refine(
    (patch) => Object.values(patch).some((value) => value !== undefined),
    "Change at least one of url, description, events, isActive.",
  );
export type WebhookEndpointPatch = z.output<typeof webhookEndpointPatchSchema>;

export const webhookEndpointParamsSchema = z.object({ endpointId: recordId });
export const webhookDeliveryParamsSchema = z.object({ endpointId: recordId, deliveryId: recordId });

/** The browser's update: which endpoint, and what changes. */
export const updateWebhookEndpointSchema = z.object({ endpointId: recordId, patch: webhookEndpointPatchSchema });
export type UpdateWebhookEndpointInput = z.output<typeof updateWebhookEndpointSchema>;

/** Newest first; `before` is the `nextCursor` of the page before (a delivery's sequence). */
export const webhookDeliveryPageSchema = z.object({
  before: z
    .string()
    .regex(/^\d{1,19}$/, "before is the nextCursor of the previous page.")
    .optional()
    .meta({ description: "The nextCursor of the previous page." }),
  limit: z.coerce
    .number({ message: "limit is a number." })
    .int("limit is a whole number.")
    .min(1, "limit is at least 1.")
    .max(MAX_DELIVERY_PAGE, `limit is at most ${MAX_DELIVERY_PAGE}.`)
    .default(20),
});
export type WebhookDeliveryPageInput = z.output<typeof webhookDeliveryPageSchema>;

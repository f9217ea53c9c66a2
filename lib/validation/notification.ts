import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

export const MAX_NOTIFICATION_IDS = 200;

export const markNotificationsReadSchema = z.object({
  /** Omitted means all unread; an empty list is refused, so a client bug cannot turn "none" into "all". */
  ids: z
    .array(recordId)
    .min(1, "Name at least one notification, or leave the list out to mark all.")
    .max(MAX_NOTIFICATION_IDS, `At most ${MAX_NOTIFICATION_IDS} notifications at a time.`)
    .optional(),
  /** The newest notification the page showed (ISO 8601): "mark all" stops there. */
  upTo: z.iso
    .datetime({ offset: true, message: "upTo must be an ISO 8601 timestamp." })
    .transform((value) => new Date(value))
    .optional(),
});
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadSchema>;

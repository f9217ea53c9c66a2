// What the browser hears on the signed-in user's notification stream (/api/notifications/events).
import { z } from "zod";

/** `unread`: how many notifications the user has not read, now. */
export const unreadMessageSchema = z.object({ count: z.number().int().nonnegative() });

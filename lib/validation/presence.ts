import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

/** A tab's key: random, made by the browser once per page (crypto.randomUUID). */
export const presenceKey = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "The presence key is 8 to 64 letters, digits and dashes.");

/** A tab's heartbeat: which card it has open and whether the person is typing in it; or that it is leaving. */
export const presenceHeartbeatSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("here"),
      key: presenceKey,
      annotationId: recordId.nullable(),
      activity: z.enum(["viewing", "editing"], { message: "Activity is viewing or editing." }),
      selection: z
        .object({
          start: z
            .number()
            .int("Offsets are whole numbers.")
            .min(0, "Offsets start at 0.")
            .max(10_000_000, "That offset is past any article."),
          end: z
            .number()
            .int("Offsets are whole numbers.")
            .min(1, "Offsets start at 0.")
            .max(10_000_000, "That offset is past any article."),
        })
        .refine((s) => s.start < s.end, "A selection ends after it starts.")
        .nullish()
        .transform((s) => s ?? null),
    }),
    z.object({ type: z.literal("gone"), key: presenceKey }),
  ],
  { message: "A heartbeat is of type here or gone." },
);
export type PresenceHeartbeatInput = z.output<typeof presenceHeartbeatSchema>;

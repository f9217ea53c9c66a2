"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { markNotificationsReadSchema } from "@/lib/validation/notification";

export const markNotificationsReadAction = defineAction(markNotificationsReadSchema, async (actor, input) => {
  const result = await markNotificationsRead({ actor, ...input });
  // The unread count sits in the root layout's header, on every page.
  revalidatePath("/", "layout");
  return result;
});

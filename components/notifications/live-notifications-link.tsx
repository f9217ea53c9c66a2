"use client";
import { useEffect, useState } from "react";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { unreadMessageSchema } from "@/lib/live/notification-event";
import { readSseData } from "@/lib/live/sse";

/**
 * The header's notifications link, kept current: the page renders it with the count it read, and
 * a stream of the user's unread count (`/api/notifications/events`) updates it as notifications
 * arrive, without a reload. The browser's EventSource reconnects by itself after a drop: with no
 * order or catch-up to keep, it needs none of the article stream's client (lib/live/article-event-client.ts).
 */
export function LiveNotificationsLink({ unread }: { unread: number }) {
  const [count, setCount] = useState(unread);
  const [rendered, setRendered] = useState(unread);
  // A new render of the page (after marking read) brings a newer count: it wins until the stream speaks again.
  if (rendered !== unread) {
    setRendered(unread);
    setCount(unread);
  }
  useEffect(() => {
    const source = new EventSource("/api/notifications/events");
    source.addEventListener("unread", (message) => {
      // A message that does not parse leaves the count as it was.
      const data = readSseData(unreadMessageSchema, message);
      if (data) setCount(data.count);
    });
    return () => source.close();
  }, []);
  return <NotificationsLink unread={count} />;
}

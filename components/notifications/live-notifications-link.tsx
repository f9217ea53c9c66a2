"use client";
import { useEffect, useState } from "react";
import { NotificationsLink } from "@/components/notifications/notifications-link";

/**
 * The header's notifications link, kept current: the page renders it with the count it read, and
 * a stream of the user's unread count (`/api/notifications/events`) updates it as notifications
 * arrive, without a reload. The browser's EventSource reconnects by itself after a drop.
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
    source.addEventListener("unread", (message) =>
      setCount((JSON.parse((message as MessageEvent<string>).data) as { count: number }).count),
    );
    return () => source.close();
  }, []);
  return <NotificationsLink unread={count} />;
}

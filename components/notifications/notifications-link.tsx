import Link from "next/link";

/**
 * The header's way to the notifications. The badge shows the number; words hidden beside it make
 * the link's name "Notifications 3 unread", so the number is not read out bare. Not an aria-label:
 * the name must contain the visible text (WCAG 2.5.3, axe's label-content-name-mismatch).
 */
export function NotificationsLink({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="notifications-link" prefetch={false}>
      Notifications
      {unread > 0 && (
        <span className="count-badge">
          {unread > 99 ? "99+" : unread}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}

import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { articleHref } from "@/lib/links";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { listNotifications, type NotificationItem } from "@/lib/server/notifications/list-notifications";
import { When } from "@/components/ui/when";
import { MarkReadButton } from "./_components/mark-read-button";

export const metadata = { title: "Notifications" };

// Opening this page marks nothing read: a notification stays unread until its owner says otherwise.
export default async function NotificationsPage() {
  const actor = await requirePageActor("/notifications");
  const [notifications, unread] = await Promise.all([listNotifications({ actor }), countUnreadNotifications({ actor })]);
  const newest = notifications[0];
  return (
    <section className="narrow wide">
      <div className="page-head">
        <h1>Notifications</h1>
        {unread > 0 && newest && (
          // Up to the newest one shown: one that arrives while the page is open stays unread.
          <MarkReadButton input={{ upTo: newest.createdAt.toISOString() }}>Mark all as read</MarkReadButton>
        )}
      </div>
      <p className="hint" role="status">
        {unread === 0 ? "Nothing unread." : `${unread} unread.`}
      </p>
      {notifications.length === 0 ? (
        <p className="empty">No notifications yet. You will hear here when work is assigned to you or your findings are reviewed.</p>
      ) : (
        <ul className="notification-list">
          {notifications.map((notification) => (
            <NotificationRow key={notification.id} notification={notification} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NotificationRow({ notification: n }: { notification: NotificationItem }) {
  const messageId = `notification-${n.id}`;
  return (
    <li className={n.isUnread ? "unread" : undefined}>
      <p className="message" id={messageId}>
        {n.isUnread && <span className="unread-flag">Unread</span>}
        {n.article ? <Link href={articleHref(n.article.id, n.annotationId)}>{n.message}</Link> : n.message}
      </p>
      <p className="meta">
        {n.actorName ?? "Someone"} · <When date={n.createdAt} />
        {n.article && <> · {n.article.title}</>}
      </p>
      {n.isUnread && (
        <MarkReadButton input={{ ids: [n.id] }} describedBy={messageId}>
          Mark as read
        </MarkReadButton>
      )}
    </li>
  );
}

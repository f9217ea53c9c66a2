import type { LiveStatus } from "@/lib/live/article-event-client";

/** Says so while the article is not live; nothing while it is (the normal case needs no badge). */
export function LiveStatusNotice({ status }: { status: LiveStatus }) {
  return (
    <p className="live-status" role="status" aria-live="polite" data-live-status={status}>
      {status === "reconnecting" ? "Reconnecting…" : ""}
    </p>
  );
}

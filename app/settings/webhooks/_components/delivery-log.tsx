import Link from "next/link";
import { When } from "@/components/ui/when";
import type { WebhookAttemptView, WebhookDeliveryView } from "@/lib/webhooks/webhook-views";
import { RedeliverButton } from "./redeliver-button";

const STATUS_LABELS: Record<WebhookDeliveryView["status"], string> = { PENDING: "Pending", DELIVERED: "Delivered", FAILED: "Failed" };

/** An endpoint's deliveries, newest first, each with its attempts under a disclosure. */
export function DeliveryLog({ endpointId, deliveries }: { endpointId: string; deliveries: WebhookDeliveryView[] }) {
  if (deliveries.length === 0) return <p className="empty">Nothing sent yet. &quot;Send test event&quot; queues one.</p>;
  return (
    <table className="article-table">
      <caption className="sr-only">Deliveries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Article</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Last answer</th>
          <th scope="col">Queued</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <DeliveryRow key={delivery.id} endpointId={endpointId} delivery={delivery} />
        ))}
      </tbody>
    </table>
  );
}

function DeliveryRow({ endpointId, delivery }: { endpointId: string; delivery: WebhookDeliveryView }) {
  const nameId = `delivery-${delivery.id}`;
  return (
    <tr>
      <td id={nameId}>
        <code>{delivery.eventType}</code>
      </td>
      <td>
        {delivery.articleId ? <Link href={`/articles/${delivery.articleId}`}>{delivery.articleTitle ?? "(deleted article)"}</Link> : "—"}
      </td>
      <td>
        {STATUS_LABELS[delivery.status]}
        {delivery.isLeased && " (sending now)"}
      </td>
      <td>
        {delivery.attemptCount}
        {delivery.attempts.length > 0 && (
          <details>
            <summary>Attempt log ({delivery.attempts.length})</summary>
            <ol>
              {delivery.attempts.map((attempt) => (
                <AttemptItem key={attempt.attemptId} attempt={attempt} />
              ))}
            </ol>
          </details>
        )}
      </td>
      <td>{delivery.lastStatusCode ?? "—"}</td>
      <td>
        <When date={new Date(delivery.createdAt)} />
      </td>
      <td>
        <RedeliverButton endpointId={endpointId} deliveryId={delivery.id} describedBy={nameId} />
      </td>
    </tr>
  );
}

function AttemptItem({ attempt }: { attempt: WebhookAttemptView }) {
  return (
    <li>
      <When date={new Date(attempt.startedAt)} />: {attempt.statusCode === null ? "no answer" : `HTTP ${attempt.statusCode}`} in{" "}
      {attempt.durationMs} ms
      {attempt.error && <p className="error">{attempt.error}</p>}
      {attempt.responseBody && (
        <pre>
          <code>{attempt.responseBody.slice(0, 500)}</code>
        </pre>
      )}
    </li>
  );
}

import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { canManageWebhooks } from "@/lib/policies/webhooks";
import { listWebhookEndpoints } from "@/lib/server/webhooks/list-webhook-endpoints";
import { CreateWebhookForm } from "./_components/create-webhook-form";
import { WebhooksRefusal } from "./_components/webhooks-refusal";

export const metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requirePageActor("/settings/webhooks");
  if (!canManageWebhooks(actor)) return <WebhooksRefusal />;
  const endpoints = await listWebhookEndpoints({ actor });
  return (
    <section className="narrow wide">
      <h1>Webhooks</h1>
      <p className="hint">
        Factmark POSTs an event to each endpoint when something it subscribed to happens (a finding submitted, an article signed off, a
        report published …), signed with the endpoint&apos;s secret (Standard Webhooks). Failed deliveries are retried; each endpoint&apos;s
        page lists them.
      </p>
      <CreateWebhookForm />
      <h2>Endpoints</h2>
      {endpoints.length === 0 ? (
        <p className="empty">No endpoints yet.</p>
      ) : (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Description</th>
              <th scope="col">Events</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id}>
                <td>
                  <Link href={`/settings/webhooks/${endpoint.id}`}>{endpoint.url}</Link>
                </td>
                <td>{endpoint.description}</td>
                <td>{endpoint.events.join(", ")}</td>
                <td>{endpoint.isActive ? "Active" : "Disabled"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

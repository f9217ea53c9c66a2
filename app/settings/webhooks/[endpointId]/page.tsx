import Link from "next/link";
import { notFound } from "next/navigation";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { requirePageActor } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";
import { canManageWebhooks } from "@/lib/policies/webhooks";
import { getWebhookEndpoint } from "@/lib/server/webhooks/get-webhook-endpoint";
import { listWebhookDeliveries } from "@/lib/server/webhooks/list-webhook-deliveries";
import { webhookDeliveryPageSchema } from "@/lib/validation/webhook";
import { DeliveryLog } from "../_components/delivery-log";
import { EditWebhookForm } from "../_components/edit-webhook-form";
import { EndpointControls } from "../_components/endpoint-controls";
import { WebhooksRefusal } from "../_components/webhooks-refusal";

export const metadata = { title: "Webhook endpoint" };

type Props = { params: Promise<{ endpointId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WebhookEndpointPage({ params, searchParams }: Props) {
  const { endpointId } = await params;
  const path = `/settings/webhooks/${endpointId}`;
  const actor = await requirePageActor(path);
  if (!canManageWebhooks(actor)) return <WebhooksRefusal />;
  const after = firstValue((await searchParams).after);
  // A cursor that does not parse shows the newest page rather than an error.
  const page = webhookDeliveryPageSchema.safeParse({ before: after });
  const loaded = await Promise.all([
    getWebhookEndpoint({ actor, endpointId }),
    listWebhookDeliveries({ actor, endpointId, page: page.success ? page.data : { limit: 20 } }),
  ]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [endpoint, log] = loaded;
  return (
    <section className="narrow wide">
      <p>
        <Link href="/settings/webhooks">← Webhooks</Link>
      </p>
      <h1>Webhook endpoint</h1>
      <p>
        <code>{endpoint.url}</code> · {endpoint.isActive ? "Active" : "Disabled"}
        {endpoint.description && <> · {endpoint.description}</>}
      </p>
      <EndpointControls endpointId={endpoint.id} isActive={endpoint.isActive} />
      <EditWebhookForm endpoint={endpoint} />
      <h2>Deliveries</h2>
      <DeliveryLog endpointId={endpoint.id} deliveries={log.deliveries} />
      <KeysetPager path={path} query={{ after: page.success ? after : undefined }} nextCursor={log.nextCursor} />
    </section>
  );
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

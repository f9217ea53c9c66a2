import Link from "next/link";
import { WEBHOOKS_REFUSAL } from "@/lib/policies/webhooks";

/** What a signed-in non-admin sees: the rule, not the endpoints (the use cases refuse them too). */
export function WebhooksRefusal() {
  return (
    <section className="narrow">
      <h1>Webhooks</h1>
      <p className="error" role="alert">
        {WEBHOOKS_REFUSAL} <Link href="/">Back to the articles</Link>.
      </p>
    </section>
  );
}

// The events an endpoint can subscribe to. The delivery side (webhook-events.ts on its branch)
// exports the same names; this file stands in for it until the branches meet.

export const WEBHOOK_EVENT_TYPES = [
  "annotation.submitted",
  "annotation.approved",
  "annotation.changes_requested",
  "article.signed_off",
  "article.reopened",
  "report.published",
  "report.revoked",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** How the settings page names each event beside its checkbox. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "annotation.submitted": "A finding is submitted for review",
  "annotation.approved": "A finding is approved",
  "annotation.changes_requested": "Changes are requested on a finding",
  "article.signed_off": "An article is signed off",
  "article.reopened": "A signed-off article is reopened",
  "report.published": "A report is published",
  "report.revoked": "A report's public link is revoked",
};

/** Sent only to one endpoint, when an admin asks for it; no endpoint subscribes to it. */
export const WEBHOOK_TEST_EVENT_TYPE = "webhook.test";

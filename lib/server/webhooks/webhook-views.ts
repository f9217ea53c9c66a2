import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEndpointView, WebhookDeliveryView } from "@/lib/webhooks/webhook-views";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/webhook-events";
import { isDeliveryLeased } from "@/lib/policies/webhooks";

// Rows to the views of lib/webhooks/webhook-views.ts: the secret is never selected here.

export const ENDPOINT_VIEW_SELECT = {
  id: true,
  url: true,
  description: true,
  events: true,
  isActive: true,
  createdAt: true,
  updatedAt: true,
} as const;

type EndpointRow = { id: string; url: string; description: string; events: string[]; isActive: boolean; createdAt: Date; updatedAt: Date };

const isKnownEvent = (type: string): type is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);

export function toEndpointView(row: EndpointRow): WebhookEndpointView {
  return {
    ...row,
    // A name dropped from the list in a later version is not offered, and not answered either.
    events: row.events.filter(isKnownEvent),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const MAX_ATTEMPTS_SHOWN = 20;

export const DELIVERY_VIEW_SELECT = {
  id: true,
  eventId: true,
  articleId: true,
  sequence: true,
  status: true,
  attemptCount: true,
  nextAttemptAt: true,
  lockedUntil: true,
  deliveredAt: true,
  createdAt: true,
  event: { select: { type: true } },
  // The latest attempts: a delivery sent again many times keeps its whole log, but a page shows these.
  attempts: {
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: MAX_ATTEMPTS_SHOWN,
    select: { attemptId: true, startedAt: true, durationMs: true, statusCode: true, responseBody: true, error: true },
  },
} satisfies Prisma.WebhookDeliverySelect;

type DeliveryRow = {
  id: string;
  eventId: string;
  articleId: string | null;
  status: WebhookDeliveryView["status"];
  attemptCount: number;
  nextAttemptAt: Date;
  lockedUntil: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
  event: { type: string };
  attempts: {
    attemptId: string;
    startedAt: Date;
    durationMs: number;
    statusCode: number | null;
    responseBody: string;
    error: string | null;
  }[];
};

/** Deliveries as views, with their articles' titles (a delivery keeps only the id). */
export async function toDeliveryViews(db: Db | Tx, rows: DeliveryRow[], now: Date): Promise<WebhookDeliveryView[]> {
  const articleIds = [...new Set(rows.flatMap((row) => (row.articleId ? [row.articleId] : [])))];
  const articles = articleIds.length
    ? await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true } })
    : [];
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return rows.map((row) => ({
    id: row.id,
    eventId: row.eventId,
    eventType: row.event.type,
    articleId: row.articleId,
    articleTitle: row.articleId ? (titles.get(row.articleId) ?? null) : null,
    status: row.status,
    isLeased: isDeliveryLeased(row, now),
    attemptCount: row.attemptCount,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    lastStatusCode: row.attempts[0]?.statusCode ?? null,
    attempts: row.attempts.toReversed().map((attempt) => ({ ...attempt, startedAt: attempt.startedAt.toISOString() })),
  }));
}

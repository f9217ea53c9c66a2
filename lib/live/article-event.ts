// What the browser hears about a change to an open article: ids, and for a live change to an
// annotation its current view (so no second round trip); after a long gap ids only, and the
// workbench fetches the changed annotations itself (through the same authorized read as the page).
// The schemas are the one definition of each message: the server's types come from them, and the
// browser parses every message with them (lib/live/article-event-client.ts).
import { z } from "zod";
import type { AnnotationView } from "@/lib/annotations/types";
import { AUDIT_EVENTS, isAuditAction, type AuditAction, type AuditEntityType } from "@/lib/audit/audit-events";
import type { PresenceViewer } from "@/lib/presence/presence-message";

const seq = z.number().int().nonnegative();

/**
 * An annotation as our own read built it (lib/server/annotations/annotation-view.ts). Only its
 * identity is checked: the view has no schema of its own yet, and the store keys everything on
 * the id and version.
 */
const annotationView = z.custom<AnnotationView>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as { id?: unknown }).id === "string" &&
    Number.isInteger((value as { version?: unknown }).version),
  "An annotation view has an id and a version.",
);

export const articleEventSchema = z
  .object({
    /** The article's audit chain seq: the SSE event id, increasing by one per committed change. */
    seq,
    entityId: z.string(),
    /** The annotation the change belongs to (a source's annotation for source events), if any. */
    annotationId: z.string().nullable(),
    actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    at: z.string(),
    /** The named annotation as it is now (null: deleted), when the server read it with the event. */
    current: z.object({ articleRevision: z.number().int(), annotation: annotationView.nullable() }).optional(),
  })
  .and(
    z.union([
      /** An action of the audit union (lib/audit/audit-events.ts), about the record its entry names. */
      z.custom<KnownAction>((value) => isKnownAction(value), "An event names an audit action and the kind of record it is about."),
      /** An event this version does not know (a newer server's, say): still applied, so what it names is re-read. */
      z.object({
        action: z
          .string()
          .nullable()
          .transform(() => null),
        entityType: z.string(),
      }),
    ]),
  );

export type ArticleEvent = z.infer<typeof articleEventSchema>;
type KnownAction = { action: AuditAction; entityType: AuditEntityType };
export type ArticleEventAction = KnownAction | { action: null; entityType: string };

function isKnownAction(value: unknown): value is KnownAction {
  if (typeof value !== "object" || value === null) return false;
  const { action, entityType } = value as { action?: unknown; entityType?: unknown };
  return typeof action === "string" && isAuditAction(action) && AUDIT_EVENTS[action].entityType === entityType;
}

/** Changes that concern the article as a whole (text, status, assignment): the page re-reads it. */
export const isArticleWide = (event: Pick<ArticleEvent, "entityType">) => event.entityType === "Article";

/** `ready`: the stream is open and has replayed what was missed after `seq`. */
export const readyMessageSchema = z.object({ seq });

/** `reset`: too much was missed to replay; the stream carries on after `seq`. */
export const resetMessageSchema = z.object({ seq });

const presenceViewer = z.object({
  key: z.string(),
  userId: z.string(),
  name: z.string(),
  annotationId: z.string().nullable(),
  activity: z.enum(["viewing", "editing"]),
  selection: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
}) satisfies z.ZodType<PresenceViewer>;

/** `presence`: who else has the article open, as it is now. */
export const presenceMessageSchema = z.object({ viewers: z.array(presenceViewer) });

/** The answer of `/api/articles/<id>/annotations`: the current views of the changed annotations. */
export const changedAnnotationsSchema = z.object({
  article: z.object({ revision: z.number().int() }),
  annotations: z.array(annotationView),
  goneIds: z.array(z.string()),
});

// What the browser hears about a change to an open article: ids, and for a live change to an
// annotation its current view (so no second round trip); after a long gap ids only, and the
// workbench fetches the changed annotations itself (through the same authorized read as the page).
import type { AnnotationView } from "@/lib/annotations/types";
import type { AuditAction, AuditEntityType } from "@/lib/audit/audit-events";

export type ArticleEvent = {
  /** The article's audit chain seq: the SSE event id, increasing by one per committed change. */
  seq: number;
  entityId: string;
  /** The annotation the change belongs to (a source's annotation for source events), if any. */
  annotationId: string | null;
  actor: { id: string; name: string } | null;
  at: string;
  /** The named annotation as it is now (null: deleted), when the server read it with the event. */
  current?: { articleRevision: number; annotation: AnnotationView | null };
} & ArticleEventAction;

export type ArticleEventAction =
  | { action: AuditAction; entityType: AuditEntityType }
  /** An event this version does not know (written by a newer one, say): still delivered, so what it names is re-read. */
  | { action: null; entityType: string };

/** Changes that concern the article as a whole (text, status, assignment): the page re-reads it. */
export const isArticleWide = (event: Pick<ArticleEvent, "entityType">) => event.entityType === "Article";

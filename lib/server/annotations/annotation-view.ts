import "server-only";
import { cardColumnSelect, cardColumnsOf } from "@/lib/annotations/card-fields";
import { dateOnlyFromDate, isoFromDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationView, SourceView, VerdictView } from "@/lib/annotations/types";
import type { RichText } from "@/lib/validation/rich-text";

export type { AnnotationView, SourceView };

export const sourceSelect = {
  id: true,
  url: true,
  title: true,
  publisher: true,
  accessedOn: true,
  publishedOn: true,
  archiveUrl: true,
  excerpt: true,
  stance: true,
  createdAt: true,
} satisfies Prisma.SourceSelect;

/** The columns a browser may see of an annotation; anything else stays on the server. */
export const annotationSelect = {
  id: true,
  articleId: true,
  kind: true,
  status: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  articleRevision: true,
  orphanedAt: true,
  ...cardColumnSelect,
  version: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  lastEditedById: true,
  verdict: { select: { rating: true, rationale: true, copiedFrom: { select: { id: true, publisherName: true, ratingName: true } } } },
  reviewDecisions: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      outcome: true,
      comment: true,
      annotationVersion: true,
      createdAt: true,
      reviewer: { select: { id: true, name: true } },
    },
  },
  sources: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: sourceSelect },
  restsOn: { select: { id: true } },
} satisfies Prisma.AnnotationSelect;

type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>;

type SourceRow = AnnotationRow["sources"][number];

/** Named field by field, so a row read with more columns (its annotation's id, say) sends only these. */
export function toSourceView(source: SourceRow): SourceView {
  return {
    id: source.id,
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    accessedOn: dateOnlyFromDate(source.accessedOn),
    publishedOn: dateOnlyFromDate(source.publishedOn),
    archiveUrl: source.archiveUrl,
    excerpt: source.excerpt,
    stance: source.stance,
    createdAt: isoFromDate(source.createdAt),
  };
}

type AnnotationScalars = Omit<AnnotationRow, "author" | "verdict" | "reviewDecisions" | "sources" | "restsOn">;
type AnnotationRelations = Pick<AnnotationRow, "author" | "verdict" | "reviewDecisions" | "sources" | "restsOn">;

function toVerdictView({ rating, rationale, copiedFrom }: NonNullable<AnnotationRow["verdict"]>): VerdictView {
  const view: VerdictView = { rating, rationale: (rationale as RichText | null) ?? null };
  // Only a copied draft carries the key, so every other verdict stays the two fields it always was.
  if (copiedFrom) view.copiedFrom = { factCheckId: copiedFrom.id, publisher: copiedFrom.publisherName, ratingName: copiedFrom.ratingName };
  return view;
}

/** Plain JSON for client components: dates as ISO strings, relations flattened. */
export function toAnnotationView(row: AnnotationRow): AnnotationView {
  return buildAnnotationView(row, row);
}

/**
 * The same from the row's columns and its relations read apart (an article's list reads each
 * relation once for all its cards). Each field is named rather than spread or assigned onto the
 * row: an article page builds a thousand of these, and copying by rest and spread cost it
 * several milliseconds. The card's own fields are the exception, picked by the registry's list
 * (about 0.4 ms for a thousand cards), so a field added there reaches the card.
 */
export function buildAnnotationView(row: AnnotationScalars, relations: AnnotationRelations): AnnotationView {
  const { author, verdict, reviewDecisions, sources, restsOn } = relations;
  return {
    id: row.id,
    articleId: row.articleId,
    kind: row.kind,
    status: row.status,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    articleRevision: row.articleRevision,
    orphanedAt: isoFromDate(row.orphanedAt),
    ...cardColumnsOf(row),
    version: row.version,
    createdAt: isoFromDate(row.createdAt),
    updatedAt: isoFromDate(row.updatedAt),
    author,
    lastEditedById: row.lastEditedById,
    verdict: verdict ? toVerdictView(verdict) : null,
    sources: sources.map(toSourceView),
    restsOnIds: restsOn.map((claim) => claim.id),
    reviews: reviewDecisions.map((review) => ({
      id: review.id,
      outcome: review.outcome,
      reason: review.comment,
      version: review.annotationVersion,
      reviewer: review.reviewer,
      at: isoFromDate(review.createdAt),
    })),
  };
}

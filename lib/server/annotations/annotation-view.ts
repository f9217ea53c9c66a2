import "server-only";
import { dateOnlyFromDate, isoFromDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationView, SourceView } from "@/lib/annotations/types";
import type { RichText } from "@/lib/validation/rich-text";

export type { AnnotationView, SourceView };

export const sourceSelect = {
  id: true,
  url: true,
  title: true,
  publisher: true,
  accessedOn: true,
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
  claimText: true,
  speaker: true,
  quoteCheck: true,
  quoteOrigin: true,
  holder: true,
  note: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  lastEditedById: true,
  verdict: { select: { rating: true, rationale: true } },
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

export function toSourceView(source: SourceRow): SourceView {
  return { ...source, accessedOn: dateOnlyFromDate(source.accessedOn), createdAt: isoFromDate(source.createdAt) };
}

/** Plain JSON for client components: dates as ISO strings, relations flattened. */
export function toAnnotationView(row: AnnotationRow): AnnotationView {
  const { verdict, sources, restsOn, reviewDecisions, ...rest } = row;
  return {
    ...rest,
    orphanedAt: isoFromDate(row.orphanedAt),
    createdAt: isoFromDate(row.createdAt),
    updatedAt: isoFromDate(row.updatedAt),
    verdict: verdict ? { rating: verdict.rating, rationale: (verdict.rationale as RichText | null) ?? null } : null,
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

import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { AnnotationKind, ArticleStatus } from "@/lib/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManageArticleReview } from "@/lib/policies/articles";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { ARTICLE_FROZEN, transitionProblems } from "@/lib/workflow/annotation-status";
import { SETTLED_STATUSES } from "@/lib/workflow/sign-off";

/** Each list shows at most this many; the count still says how many there are. */
export const MY_WORK_LIMIT = 100;

/** Articles still being worked on. Signed off, published and archived ones are done: they leave the queues. */
const OPEN_ARTICLE_STATUSES = ["NEW", "IN_PROGRESS", "IN_REVIEW"] as const satisfies readonly ArticleStatus[];
/** Annotations in a signed-off or archived article are frozen: nobody can act on them, so no queue lists them. */
const ACTIONABLE_ARTICLE: Prisma.ArticleWhereInput = { status: { notIn: Object.keys(ARTICLE_FROZEN) as ArticleStatus[] } };

export type WorkAnnotation = {
  id: string;
  articleId: string;
  articleTitle: string;
  kind: AnnotationKind;
  exact: string;
  authorName: string;
  updatedAt: Date;
  /** Changes requested: what the reviewer asked for, from the latest decision. */
  request: { comment: string | null; reviewerName: string } | null;
};
export type WorkArticle = { id: string; title: string; status: ArticleStatus; updatedAt: Date; roles: ("checker" | "reviewer")[] };
export type WorkSection<Item> = { items: Item[]; count: number };

export type MyWork = {
  /** `{ refusal }` says why, when this actor's role may not review at all (the transition table decides). */
  review: WorkSection<WorkAnnotation> | { refusal: string };
  changesRequested: WorkSection<WorkAnnotation>;
  assigned: WorkSection<WorkArticle>;
  /** Only for those who may sign off (editors and admins); null for everyone else. */
  readyForSignOff: WorkSection<WorkArticle> | null;
};

export type ListMyWorkOptions = { actor: Actor };

/** The four queues of the "My work" page, each scoped to articles the actor may read (and, for findings, may still act on). */
export async function listMyWork({ actor }: ListMyWorkOptions): Promise<MyWork> {
  const readable = readableArticleWhere(actor);
  const actionable: Prisma.ArticleWhereInput = { AND: [readable, ACTIONABLE_ARTICLE] };
  // Asked about a submitted annotation written by someone else: whether this role reviews at all.
  // The four-eyes half (not my own, not my last edit) is the query's, row by row.
  const reviewRefusal = transitionProblems("approve", { authorId: "", status: "SUBMITTED" }, actor)[0] ?? null;

  const [review, changesRequested, assigned, readyForSignOff] = await Promise.all([
    reviewRefusal
      ? { refusal: reviewRefusal }
      : annotationSection({
          where: {
            status: "SUBMITTED",
            authorId: { not: actor.id },
            // Written out: `lastEditedById: { not: id }` alone would also drop the rows never edited (NULL).
            OR: [{ lastEditedById: null }, { lastEditedById: { not: actor.id } }],
          },
          article: actionable,
          orderBy: { updatedAt: "asc" }, // longest waiting first
        }),
    annotationSection({ where: { status: "CHANGES_REQUESTED", authorId: actor.id }, article: actionable, orderBy: { updatedAt: "asc" } }),
    articleSection(actor, {
      AND: [readable, { status: { in: [...OPEN_ARTICLE_STATUSES] } }, { OR: [{ checkerId: actor.id }, { reviewerId: actor.id }] }],
    }),
    canManageArticleReview(actor)
      ? articleSection(actor, {
          AND: [
            readable,
            { status: { in: [...OPEN_ARTICLE_STATUSES] } },
            {
              // signOffProblems as a query (list-my-work.int.test.ts holds them together): at least one
              // finding, nothing unsettled, nothing lost from the text unless dismissed.
              annotations: {
                some: { deletedAt: null },
                none: {
                  deletedAt: null,
                  OR: [{ status: { notIn: [...SETTLED_STATUSES] } }, { orphanedAt: { not: null }, status: { not: "DISMISSED" } }],
                },
              },
            },
          ],
        })
      : null,
  ]);
  return { review, changesRequested, assigned, readyForSignOff };
}

const workAnnotationSelect = {
  id: true,
  articleId: true,
  kind: true,
  exact: true,
  updatedAt: true,
  article: { select: { title: true } },
  author: { select: { name: true } },
  reviewDecisions: {
    where: { outcome: "CHANGES_REQUESTED" },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { comment: true, reviewer: { select: { name: true } } },
  },
} satisfies Prisma.AnnotationSelect;

async function annotationSection(options: {
  where: Prisma.AnnotationWhereInput;
  article: Prisma.ArticleWhereInput;
  orderBy: Prisma.AnnotationOrderByWithRelationInput;
}): Promise<WorkSection<WorkAnnotation>> {
  const where: Prisma.AnnotationWhereInput = { ...options.where, deletedAt: null, article: options.article };
  const rows = await getDb().annotation.findMany({
    where,
    orderBy: [options.orderBy, { id: "asc" }],
    take: MY_WORK_LIMIT,
    select: workAnnotationSelect,
  });
  const items = rows.map((row) => ({
    id: row.id,
    articleId: row.articleId,
    articleTitle: row.article.title,
    kind: row.kind,
    exact: row.exact,
    authorName: row.author.name,
    updatedAt: row.updatedAt,
    request: row.reviewDecisions[0]
      ? { comment: row.reviewDecisions[0].comment, reviewerName: row.reviewDecisions[0].reviewer.name }
      : null,
  }));
  return { items, count: await countBeyond(items.length, () => getDb().annotation.count({ where })) };
}

async function articleSection(actor: Actor, where: Prisma.ArticleWhereInput): Promise<WorkSection<WorkArticle>> {
  const rows = await getDb().article.findMany({
    where,
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: MY_WORK_LIMIT,
    select: { id: true, title: true, status: true, updatedAt: true, checkerId: true, reviewerId: true },
  });
  const items = rows.map(({ checkerId, reviewerId, ...article }) => ({
    ...article,
    roles: [...(checkerId === actor.id ? ["checker" as const] : []), ...(reviewerId === actor.id ? ["reviewer" as const] : [])],
  }));
  return { items, count: await countBeyond(items.length, () => getDb().article.count({ where })) };
}

/** A full page may hide more rows: only then is a COUNT worth its query. */
async function countBeyond(shown: number, count: () => Promise<number>): Promise<number> {
  return shown < MY_WORK_LIMIT ? shown : count();
}

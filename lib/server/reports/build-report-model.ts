import "server-only";
import { cardColumnSelect, cardColumnsOf } from "@/lib/annotations/card-fields";
import type { Actor } from "@/lib/auth/session";
import { dateOnlyFromDate, isoFromDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { organisation } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { describeChange } from "@/lib/exports/describe-change";
import { compareFindings, REPORT_SCHEMA_VERSION, type ReportModel, type ReportSignOff } from "@/lib/exports/report-model";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import type { RichText } from "@/lib/validation/rich-text";
import { isSignedOffOrPublished, SIGNED_OFF_OR_PUBLISHED } from "@/lib/workflow/signed-off";

const articleSelect = {
  id: true,
  title: true,
  byline: true,
  publisher: true,
  sourceUrl: true,
  publishedOn: true,
  language: true,
  revision: true,
  status: true,
  text: true,
  contentHash: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
  annotations: {
    where: { deletedAt: null },
    select: {
      id: true,
      kind: true,
      status: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      orphanedAt: true,
      ...cardColumnSelect,
      version: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { name: true } },
      verdict: { select: { rating: true, rationale: true } },
      sources: {
        where: { deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          url: true,
          title: true,
          publisher: true,
          accessedOn: true,
          publishedOn: true,
          archiveUrl: true,
          excerpt: true,
          stance: true,
        },
      },
      reviewDecisions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { outcome: true, comment: true, annotationVersion: true, createdAt: true, reviewer: { select: { name: true } } },
      },
      restsOn: { select: { id: true }, orderBy: { id: "asc" } },
    },
  },
  signOffs: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      revision: true,
      chainHead: true,
      coverage: true,
      createdAt: true,
      reopenedAt: true,
      reopenReason: true,
      nothingCheckWorthy: true,
      signedOffBy: { select: { name: true } },
      reopenedBy: { select: { name: true } },
    },
  },
  revisions: {
    orderBy: { revision: "asc" },
    select: { revision: true, text: true, createdAt: true, createdBy: { select: { name: true } } },
  },
  publicLinks: { where: { revokedAt: null }, select: { token: true }, take: 1 },
} satisfies Prisma.ArticleSelect;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

export type BuildReportModelOptions = { actor: Actor; articleId: string; baseUrl: string };

/** The report model of one article, if this actor may read it (the rule for exporting it too). */
export async function buildReportModel({ actor, articleId, baseUrl }: BuildReportModelOptions): Promise<ReportModel> {
  const article = await getDb().article.findFirst({ where: { id: articleId, ...readableArticleWhere(actor) }, select: articleSelect });
  if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
  return toReportModel(article, baseUrl);
}

/** The same for the public page: only an article with an active link, found by its token alone. */
export async function buildPublicReportModel({ token, baseUrl }: { token: string; baseUrl: string }): Promise<ReportModel | null> {
  const article = await getDb().article.findFirst({
    where: { publicLinks: { some: { token, revokedAt: null } }, status: { in: [...SIGNED_OFF_OR_PUBLISHED] } },
    select: articleSelect,
  });
  return article ? toReportModel(article, baseUrl) : null;
}

function toSignOff(s: ArticleRow["signOffs"][number]): ReportSignOff {
  return {
    by: s.signedOffBy.name,
    at: isoFromDate(s.createdAt),
    revision: s.revision,
    chainHead: s.chainHead,
    covered: Array.isArray(s.coverage) ? s.coverage.length : 0,
    nothingCheckWorthy: s.nothingCheckWorthy,
    reopened: s.reopenedAt ? { by: s.reopenedBy?.name ?? null, at: isoFromDate(s.reopenedAt), reason: s.reopenReason } : null,
  };
}

export function toReportModel(article: ArticleRow, baseUrl: string): ReportModel {
  const findings = article.annotations
    .map((a) => ({
      id: a.id,
      kind: a.kind,
      status: a.status,
      start: a.start,
      end: a.end,
      exact: a.exact,
      prefix: a.prefix,
      suffix: a.suffix,
      orphaned: a.orphanedAt !== null,
      ...cardColumnsOf(a),
      verdict: a.verdict ? { rating: a.verdict.rating, rationale: (a.verdict.rationale as RichText | null) ?? null } : null,
      sources: a.sources.map((s) => ({ ...s, accessedOn: dateOnlyFromDate(s.accessedOn), publishedOn: dateOnlyFromDate(s.publishedOn) })),
      restsOn: a.restsOn.map((c) => c.id),
      author: a.author.name,
      version: a.version,
      createdAt: isoFromDate(a.createdAt),
      updatedAt: isoFromDate(a.updatedAt),
      reviews: a.reviewDecisions.map((r) => ({
        outcome: r.outcome,
        reason: r.comment,
        version: r.annotationVersion,
        reviewer: r.reviewer.name,
        at: isoFromDate(r.createdAt),
      })),
    }))
    .sort(compareFindings);
  const signOffs = article.signOffs.map(toSignOff);
  const current = isSignedOffOrPublished(article.status) ? (signOffs.findLast((s) => !s.reopened) ?? null) : null;
  const revisions = article.revisions.map((r, i) => ({
    revision: r.revision,
    at: isoFromDate(r.createdAt),
    by: r.createdBy.name,
    change: i === 0 ? "Imported." : describeChange(article.revisions[i - 1]!.text, r.text),
  }));
  // The report's own time: the newest change in what it shows, so the same data gives the same file.
  const times = [
    article.updatedAt.toISOString(),
    ...findings.map((f) => f.updatedAt),
    ...signOffs.flatMap((s) => [s.at, s.reopened?.at ?? ""]),
  ];
  const token = article.publicLinks[0]?.token;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    organisation: organisation(baseUrl),
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      publisher: article.publisher,
      sourceUrl: article.sourceUrl,
      publishedOn: dateOnlyFromDate(article.publishedOn),
      language: article.language,
      revision: article.revision,
      status: article.status,
      text: article.text,
      contentHash: article.contentHash,
      importedAt: isoFromDate(article.createdAt),
      importedBy: article.createdBy.name,
    },
    findings,
    signOff: current,
    signOffs,
    revisions,
    publicUrl: token ? `${baseUrl}/r/${token}` : null,
    asOf: times.reduce((a, b) => (a > b ? a : b)),
  };
}

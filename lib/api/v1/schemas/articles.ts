import { z } from "zod";
import type { ArticlePage as ArticlePageRecord, ArticleListItem } from "@/lib/articles/types";
import { dateOnlyFromDate, isoFromDate } from "@/lib/dates";
import { ARTICLE_STATUSES, type AnnotationKind, type ArticleStatus } from "@/lib/enums";

// The API's shapes of an article, and the mapping from what the use cases read to them. Pure: the
// route handlers map, the tests check the mapping, the OpenAPI document shows these schemas.

const dateOnly = z.iso.date().nullable();
const count = z.int().min(0);

export const articleStatusSchema = z.enum(ARTICLE_STATUSES).meta({ id: "ArticleStatus" });

export const articleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    byline: z.string().nullable(),
    publisher: z.string().nullable(),
    sourceUrl: z.string().nullable().meta({ description: "Where the article was published." }),
    publishedOn: dateOnly.meta({ description: "YYYY-MM-DD" }),
    language: z.string(),
    status: articleStatusSchema,
    text: z.string().meta({ description: "The article's text at its current revision; annotation offsets count in it." }),
    revision: z.int().min(1).meta({ description: "Goes up with every correction of the text." }),
    createdById: z.string().meta({ description: "Who imported it." }),
    assignees: z.object({ checkerId: z.string().nullable(), reviewerId: z.string().nullable() }),
    createdAt: z.iso.datetime(),
    signOff: z
      .object({
        revision: z.int(),
        signedOffAt: z.iso.datetime(),
        signedOffBy: z.string().meta({ description: "The editor's name." }),
        nothingCheckWorthy: z.string().nullable().meta({ description: "Why nothing in it was check-worthy, when that was the finding." }),
      })
      .nullable()
      .meta({ description: "The sign-off in force (null when it was never signed off, or reopened since)." }),
  })
  .meta({ id: "Article" });

export const articleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    publishedOn: dateOnly,
    status: articleStatusSchema,
    createdAt: z.iso.datetime(),
    counts: z.object({ CLAIM: count, QUOTE: count, OPINION: count } satisfies Record<AnnotationKind, z.ZodType>),
    settled: count.meta({ description: "Findings approved or dismissed, of all: how far review has come." }),
  })
  .meta({ id: "ArticleSummary" });

export const articlePageSchema = z
  .object({
    articles: z.array(articleSummarySchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `after` for the next page; null on the last." }),
  })
  .meta({ id: "ArticlePage" });

export type ApiArticle = z.output<typeof articleSchema>;
export type ApiArticlePage = z.output<typeof articlePageSchema>;

/** What getArticle reads: only the fields the API answers are named, so a column added there does not leak. */
export type ArticleRecord = {
  id: string;
  title: string;
  byline: string | null;
  publisher: string | null;
  sourceUrl: string | null;
  publishedOn: Date | null;
  language: string;
  status: ArticleStatus;
  text: string;
  revision: number;
  createdAt: Date;
  createdById: string;
  checkerId: string | null;
  reviewerId: string | null;
  signOffs: { revision: number; createdAt: Date; nothingCheckWorthy: string | null; signedOffBy: { name: string } }[];
};

export function toApiArticle(article: ArticleRecord): ApiArticle {
  const signOff = article.signOffs[0];
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    publisher: article.publisher,
    sourceUrl: article.sourceUrl,
    publishedOn: dateOnlyFromDate(article.publishedOn),
    language: article.language,
    status: article.status,
    text: article.text,
    revision: article.revision,
    createdById: article.createdById,
    assignees: { checkerId: article.checkerId, reviewerId: article.reviewerId },
    createdAt: isoFromDate(article.createdAt),
    signOff: signOff
      ? {
          revision: signOff.revision,
          signedOffAt: isoFromDate(signOff.createdAt),
          signedOffBy: signOff.signedOffBy.name,
          nothingCheckWorthy: signOff.nothingCheckWorthy,
        }
      : null,
  };
}

function toApiArticleSummary(article: ArticleListItem): ApiArticlePage["articles"][number] {
  return {
    id: article.id,
    title: article.title,
    publisher: article.publisher,
    publishedOn: dateOnlyFromDate(article.publishedOn),
    status: article.status,
    createdAt: isoFromDate(article.createdAt),
    counts: { CLAIM: article.counts.CLAIM, QUOTE: article.counts.QUOTE, OPINION: article.counts.OPINION },
    settled: article.settled,
  };
}

export function toApiArticlePage(page: ArticlePageRecord): ApiArticlePage {
  return { articles: page.articles.map(toApiArticleSummary), nextCursor: page.nextCursor };
}

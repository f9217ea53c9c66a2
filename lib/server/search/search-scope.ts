import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ARTICLE_STATUSES, type ArticleStatus } from "@/lib/enums";
import type { SearchResultType } from "@/lib/search/types";
import type { SearchFilters } from "@/lib/validation/search";

/**
 * The WHERE conditions every candidate query of one type shares: the actor's reading scope (the
 * same statuses as every other read, lib/policies/articles.ts) and the filters. Aliases: `a` the
 * article, `n` the finding, `s` the source, `f` the fact-check.
 */
export function scopeAndFilters(type: SearchResultType, statuses: readonly ArticleStatus[], filters: SearchFilters): Prisma.Sql {
  // Compared as the enum, not as text, so the planner uses the column's statistics (as text it
  // guessed 1% of articles and looped over them, probing the GIN index once per article). Whoever
  // reads every status needs no condition at all.
  const readable =
    statuses.length === ARTICLE_STATUSES.length ? Prisma.sql`TRUE` : Prisma.sql`a.status = ANY(${[...statuses]}::"ArticleStatus"[])`;
  const conditions: Prisma.Sql[] = [];
  if (type === "article") conditions.push(readable);
  if (type === "finding") conditions.push(Prisma.sql`n."deletedAt" IS NULL`, readable);
  if (type === "source") conditions.push(Prisma.sql`s."deletedAt" IS NULL AND n."deletedAt" IS NULL`, readable);
  // The library is everyone's; a desk entry is read as its article is.
  if (type === "fact-check") conditions.push(Prisma.sql`(f.origin = 'LIBRARY' OR ${readable})`);

  const finding = type === "finding" || type === "source";
  if (filters.kind && finding) conditions.push(Prisma.sql`n.kind = ${filters.kind}::"AnnotationKind"`);
  if (filters.review && finding) conditions.push(Prisma.sql`n.status = ${filters.review}::"AnnotationStatus"`);
  // A lookup per candidate by the verdict's unique annotationId: as EXISTS, the planner hashed
  // every verdict of that rating first (a sequential scan of the table, 195 ms at a million findings).
  if (filters.verdict && finding)
    conditions.push(Prisma.sql`(SELECT v.rating FROM "Verdict" v WHERE v."annotationId" = n.id) = ${filters.verdict}::"VerdictRating"`);
  if (filters.verdict && type === "fact-check") conditions.push(Prisma.sql`f.rating = ${filters.verdict}::"VerdictRating"`);
  if (filters.status) conditions.push(Prisma.sql`a.status = ${filters.status}::"ArticleStatus"`);
  if (filters.publisher) {
    const column = {
      article: Prisma.sql`a.publisher`,
      finding: Prisma.sql`a.publisher`,
      source: Prisma.sql`s.publisher`,
      "fact-check": Prisma.sql`f."publisherName"`,
    }[type];
    conditions.push(Prisma.sql`${column} ILIKE ${containsPattern(filters.publisher)}`);
  }
  if (filters.speaker && finding)
    conditions.push(
      Prisma.sql`(n.speaker ILIKE ${containsPattern(filters.speaker)} OR n.holder ILIKE ${containsPattern(filters.speaker)})`,
    );
  if (filters.speaker && type === "fact-check") conditions.push(Prisma.sql`f."claimAuthor" ILIKE ${containsPattern(filters.speaker)}`);
  const date = type === "fact-check" ? Prisma.sql`f."datePublished"` : Prisma.sql`a."publishedOn"`;
  if (filters.from) conditions.push(Prisma.sql`${date} >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`${date} <= ${filters.to}::date`);
  return Prisma.join(conditions, " AND ");
}

/** ILIKE's pattern for "contains", with the pattern characters of the text itself taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The rows a candidate query reads, joined for scope and filters. */
export const FROM_CLAUSE: Record<SearchResultType, Prisma.Sql> = {
  article: Prisma.sql`"Article" a`,
  finding: Prisma.sql`"Annotation" n JOIN "Article" a ON a.id = n."articleId"`,
  source: Prisma.sql`"Source" s JOIN "Annotation" n ON n.id = s."annotationId" JOIN "Article" a ON a.id = n."articleId"`,
  "fact-check": Prisma.sql`"FactCheck" f LEFT JOIN "Article" a ON a.id = f."articleId"`,
};

export const ALIAS: Record<SearchResultType, Prisma.Sql> = {
  article: Prisma.raw("a"),
  finding: Prisma.raw("n"),
  source: Prisma.raw("s"),
  "fact-check": Prisma.raw("f"),
};

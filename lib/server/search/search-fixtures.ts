// Rows for the search's integration tests: a small desk of its own (articles, findings, verdicts,
// sources, library and desk entries), all under one publisher no other test uses, so a search
// filtered by it sees only these rows while other test files write to the same database.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { AnnotationKind, ArticleStatus, VerdictRating } from "@/lib/enums";
import { prepareImport } from "@/lib/import";
import { importArticle } from "@/lib/server/articles/import-article";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import type { SearchQuery } from "@/lib/validation/search";

export function uniquePublisher(): string {
  return `Search Desk ${randomUUID().slice(0, 8)}`;
}

export async function deskArticle(
  actor: Actor,
  {
    title,
    text,
    publisher,
    language = "en",
    status,
  }: { title: string; text: string; publisher: string; language?: string; status?: ArticleStatus },
) {
  const prepared = await prepareImport({ content: `${text}\n\n(${randomUUID()})`, format: "text" });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const { id } = await importArticle({ actor, prepared, metadata: { title, publisher, language, publishedOn: "2026-03-01" } });
  if (status) await getDb().article.update({ where: { id }, data: { status } });
  return getDb().article.findUniqueOrThrow({ where: { id } });
}

type FindingFields = { claimText?: string; note?: string; speaker?: string; holder?: string; quoteOrigin?: string };

/** A finding on `exact` (which must be in the article's text), with its fields set as a card's save would. */
export async function deskFinding(
  actor: Actor,
  article: { id: string; text: string },
  exact: string,
  {
    kind = "CLAIM",
    fields = {},
    verdict,
  }: { kind?: AnnotationKind; fields?: FindingFields; verdict?: { rating: VerdictRating; rationale?: string } } = {},
) {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`“${exact}” is not in the article's text`);
  const created = await createAnnotation({
    actor,
    input: { articleId: article.id, articleRevision: 1, kind, start, end: start + exact.length, exact },
  });
  if (Object.keys(fields).length) await getDb().annotation.update({ where: { id: created.id }, data: fields });
  if (verdict) {
    await getDb().verdict.create({
      data: {
        annotationId: created.id,
        rating: verdict.rating,
        authorId: actor.id,
        rationale: verdict.rationale
          ? { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: verdict.rationale }] }] }
          : undefined,
      },
    });
  }
  return created;
}

export async function deskSource(
  actor: Actor,
  annotationId: string,
  data: { url: string; title?: string; publisher?: string; excerpt?: string },
) {
  return getDb().source.create({ data: { annotationId, createdById: actor.id, stance: "CONTEXT", ...data }, select: { id: true } });
}

export async function libraryEntry(data: {
  claimReviewed: string;
  headline?: string;
  publisherName: string;
  claimAuthor?: string;
  ratingName?: string;
}) {
  return getDb().factCheck.create({
    data: {
      origin: "LIBRARY",
      url: `https://factcheck.example/${randomUUID()}`,
      claimKey: randomUUID(),
      datePublished: new Date("2026-02-01"),
      ...data,
    },
    select: { id: true },
  });
}

export async function deskEntry(annotation: { id: string }, article: { id: string; publisher: string | null }, claimReviewed: string) {
  return getDb().factCheck.create({
    data: {
      origin: "DESK",
      annotationId: annotation.id,
      articleId: article.id,
      claimReviewed,
      claimKey: randomUUID(),
      publisherName: article.publisher,
      rating: "FALSE",
    },
    select: { id: true },
  });
}

export const query = (q: string, rest: Partial<SearchQuery> = {}): SearchQuery => ({ q, ...rest });

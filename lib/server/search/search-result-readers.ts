import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ArticleStatus } from "@/lib/enums";
import { articleHref } from "@/lib/links";
import type { SearchTerm } from "@/lib/search/parse-query";
import { buildSnippet, highlightText } from "@/lib/search/snippet";
import type { SearchResult, SearchResultType } from "@/lib/search/types";
import { plainText } from "@/lib/validation/rich-text";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

/** What a result shows of its row, for each type: read by id, within the actor's scope again. */
export type ShownResult = Omit<SearchResult, "type" | "id" | "score" | "near">;
type Reader = (ids: string[], terms: readonly SearchTerm[], actor: Pick<Actor, "role">) => Promise<Map<string, ShownResult>>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const NONE = { kind: null, findingStatus: null, verdict: null, ratingName: null, speaker: null, origin: null, standing: null } as const;
const articleOf = (article: { id: string; title: string; status: ArticleStatus }) => ({
  id: article.id,
  title: article.title,
  status: article.status,
});

const readArticles: Reader = async (ids, terms, actor) => {
  const statuses = readableArticleWhere(actor).status;
  const rows = await getDb().article.findMany({
    where: { id: { in: ids }, status: statuses },
    select: { id: true, title: true, byline: true, publisher: true, publishedOn: true, status: true },
  });
  // Only the indexed part of the text (the first 100,000 characters), not a 2 MB article per result.
  const texts = await getDb().$queryRaw<{ id: string; text: string }[]>`
    SELECT id, left(text, 100000) AS text FROM "Article" WHERE id = ANY(${ids}::text[])`;
  const textOf = new Map(texts.map((row) => [row.id, row.text]));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...NONE,
        title: highlightText(row.title, terms),
        snippet: buildSnippet(
          [
            { field: "text", text: textOf.get(row.id) },
            { field: "byline", text: row.byline },
            { field: "publisher", text: row.publisher },
          ],
          terms,
        ),
        href: articleHref(row.id),
        external: false,
        article: articleOf(row),
        publisher: row.publisher,
        date: day(row.publishedOn),
      },
    ]),
  );
};

const readFindings: Reader = async (ids, terms, actor) => {
  const rows = await getDb().annotation.findMany({
    where: { id: { in: ids }, deletedAt: null, article: readableArticleWhere(actor) },
    select: {
      id: true,
      kind: true,
      status: true,
      claimText: true,
      exact: true,
      note: true,
      speaker: true,
      holder: true,
      quoteOrigin: true,
      verdict: { select: { rating: true, rationale: true } },
      article: { select: { id: true, title: true, status: true, publisher: true, publishedOn: true } },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...NONE,
        title: highlightText(row.claimText?.trim() || `“${row.exact}”`, terms),
        snippet: buildSnippet(
          [
            { field: "passage", text: row.claimText?.trim() ? row.exact : null },
            { field: "rationale", text: row.verdict?.rationale ? plainText(row.verdict.rationale) : null },
            { field: "note", text: row.note },
            { field: "origin", text: row.quoteOrigin },
            { field: "who", text: row.speaker ?? row.holder },
          ],
          terms,
        ),
        href: articleHref(row.article.id, row.id),
        external: false,
        article: articleOf(row.article),
        kind: row.kind,
        findingStatus: row.status,
        verdict: row.verdict?.rating ?? null,
        publisher: row.article.publisher,
        speaker: row.speaker ?? row.holder,
        date: day(row.article.publishedOn),
      },
    ]),
  );
};

const readSources: Reader = async (ids, terms, actor) => {
  const rows = await getDb().source.findMany({
    where: { id: { in: ids }, deletedAt: null, annotation: { deletedAt: null, article: readableArticleWhere(actor) } },
    select: {
      id: true,
      url: true,
      title: true,
      publisher: true,
      excerpt: true,
      annotation: {
        select: {
          id: true,
          kind: true,
          status: true,
          speaker: true,
          holder: true,
          verdict: { select: { rating: true } },
          article: { select: { id: true, title: true, status: true, publishedOn: true } },
        },
      },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...NONE,
        title: highlightText(row.title?.trim() || row.url, terms),
        snippet: buildSnippet(
          [
            { field: "excerpt", text: row.excerpt },
            { field: "publisher", text: row.publisher },
            { field: "address", text: row.title?.trim() ? row.url : null },
          ],
          terms,
        ),
        href: articleHref(row.annotation.article.id, row.annotation.id),
        external: false,
        article: articleOf(row.annotation.article),
        kind: row.annotation.kind,
        findingStatus: row.annotation.status,
        verdict: row.annotation.verdict?.rating ?? null,
        publisher: row.publisher,
        speaker: row.annotation.speaker ?? row.annotation.holder,
        date: day(row.annotation.article.publishedOn),
      },
    ]),
  );
};

const readFactChecks: Reader = async (ids, terms, actor) => {
  const rows = await getDb().factCheck.findMany({
    where: { id: { in: ids }, OR: [{ origin: "LIBRARY" }, { article: readableArticleWhere(actor) }] },
    select: {
      id: true,
      origin: true,
      url: true,
      claimReviewed: true,
      headline: true,
      ratingName: true,
      rating: true,
      publisherName: true,
      datePublished: true,
      claimAuthor: true,
      annotationId: true,
      standing: true,
      article: { select: { id: true, title: true, status: true } },
    },
  });
  return new Map(
    rows.map((row) => {
      // A desk entry opens its card; a library entry its publisher's page.
      const desk = row.origin === "DESK" && row.article && row.annotationId;
      return [
        row.id,
        {
          ...NONE,
          title: highlightText(row.headline?.trim() || row.claimReviewed, terms),
          snippet: buildSnippet(
            [
              { field: "claim", text: row.headline?.trim() ? row.claimReviewed : null },
              { field: "claimant", text: row.claimAuthor },
              { field: "publisher", text: row.publisherName },
            ],
            terms,
          ),
          href: desk ? articleHref(row.article!.id, row.annotationId) : (row.url ?? ""),
          external: !desk,
          article: row.article ? articleOf(row.article) : null,
          verdict: row.rating,
          ratingName: row.ratingName,
          publisher: row.publisherName,
          speaker: row.claimAuthor,
          date: day(row.datePublished),
          origin: row.origin === "DESK" ? "desk" : "library",
          standing: row.origin === "DESK" ? row.standing : null,
        },
      ] as const;
    }),
  );
};

export const SEARCH_RESULT_READERS: Record<SearchResultType, Reader> = {
  finding: readFindings,
  article: readArticles,
  source: readSources,
  "fact-check": readFactChecks,
};

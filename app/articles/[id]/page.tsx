import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/page";
import { getActor, type Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getArticle } from "@/lib/server/articles/get-article";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import Link from "next/link";
import {
  canAnnotateArticle,
  canAssignArticle,
  canCorrectArticle,
  canEditArticleDetails,
  canManageArticleReview,
} from "@/lib/policies/articles";
import { listPeople } from "@/lib/server/users/list-people";
import { DetailsForm } from "@/components/articles/details-form";
import { ArticleWorkbench } from "@/components/annotations/article-workbench";
import { ArticleHeader } from "@/components/articles/article-header";
import { UpstreamCheck } from "@/components/articles/upstream-check";
import { ImportAnnotations } from "@/components/reports/import-annotations";
import { getDb } from "@/lib/db";
import { compactAnnotations } from "@/lib/annotations/compact-annotations";
import { readArticleHeadSeq } from "@/lib/server/live/read-article-events";
import { plural } from "@/lib/plural";
import { readCorrectionSummary, type CorrectionSummary } from "@/lib/validation/correction";

type Params = { params: Promise<{ id: string }> };

// The page and its title read the article once per request, through the same scoped use case.
const readArticle = cache((actor: Actor, articleId: string) => getArticle({ actor, articleId }));

export default async function ArticlePage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ corrected?: string | string[]; annotation?: string; imported?: string }> }) {
  const { id } = await params;
  const { corrected, annotation: openAnnotation, imported } = await searchParams;
  const correction = readCorrectionSummary(corrected);
  const actor = await requirePageActor(`/articles/${id}`);
  const article = await readArticle(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // Read before the annotations: a change made in between is replayed by the live stream (and
  // ignored if the annotations already include it), so nothing falls in the gap.
  const liveSeq = await readArticleHeadSeq(getDb(), article.id);
  const [annotations, people] = await Promise.all([listAnnotations({ actor, articleId: article.id }), listPeople({ actor })]);
  const signOff = article.signOffs[0];
  return (
    <article className="article-page">
      <ArticleHeader article={article} />
      {canEditArticleDetails(actor, article) && (
        <DetailsForm
          article={{
            id: article.id,
            title: article.title,
            byline: article.byline,
            publisher: article.publisher,
            sourceUrl: article.sourceUrl,
            language: article.language,
            publishedOn: article.publishedOn?.toISOString().slice(0, 10) ?? null,
          }}
        />
      )}
      <p>
        <Link href={`/articles/${article.id}/report`}>Verdict report and exports</Link>
      </p>
      {canAnnotateArticle(actor, article) && <ImportAnnotations articleId={article.id} />}
      {canCorrectArticle(actor) && (
        <p>
          <Link href={`/articles/${article.id}/correct`}>Correct the text</Link> <span className="hint">(revision {article.revision})</span>
        </p>
      )}
      {canCorrectArticle(actor) && article.sourceUrl && <UpstreamCheck articleId={article.id} />}
      {correction && <CorrectionNotice {...correction} />}
      {imported === "fallback" && (
        <p className="notice" role="status">
          The page’s markup did not mark its article clearly, so the text was taken without its menus, links and notices. Check where it
          starts and ends, and correct the text if it holds more than the article.
        </p>
      )}
      <ArticleWorkbench
        article={{ id: article.id, text: article.text, revision: article.revision, status: article.status }}
        initialAnnotations={compactAnnotations(annotations, article.text)}
        liveSeq={liveSeq}
        initialSelectedId={openAnnotation ?? null}
        review={{
          canManage: canManageArticleReview(actor),
          canAssign: canAssignArticle(actor, article),
          people,
          checkerId: article.checkerId,
          reviewerId: article.reviewerId,
          signOff: signOff
            ? {
                by: signOff.signedOffBy.name,
                at: signOff.createdAt.toISOString(),
                revision: signOff.revision,
                chainHead: signOff.chainHead,
                nothingCheckWorthy: signOff.nothingCheckWorthy,
              }
            : null,
        }}
        canAnnotate={canAnnotateArticle(actor, article)}
        actor={{ id: actor.id, role: actor.role }}
      />
    </article>
  );
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const actor = await getActor();
  // Only someone who may read the article sees its title; anyone else, what the address already says.
  const article = actor
    ? await readArticle(actor, id).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      })
    : null;
  return { title: article?.title ?? `Article ${id.slice(0, 8)}` };
}

function CorrectionNotice({ reanchored, orphaned }: CorrectionSummary) {
  return (
    <p className="notice" role="status">
      Correction saved. {plural(reanchored, "annotation")} moved with the text
      {orphaned ? `; ${plural(orphaned, "could not be placed and is", "could not be placed and are")} listed as orphaned.` : "."}
    </p>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";
import { canCorrectArticle } from "@/lib/policies/articles";
import { getArticle } from "@/lib/server/articles/get-article";
import { CorrectionForm } from "@/components/articles/correction-form";

export const metadata = { title: "Correct article text" };

export default async function CorrectArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/correct`);
  const article = await getArticle({ actor, articleId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!canCorrectArticle(actor)) {
    return (
      <section className="narrow">
        <h1>Correct article text</h1>
        <p className="error" role="alert">
          Only editors and admins can correct an article&apos;s text. <Link href={`/articles/${id}`}>Back to the article</Link>.
        </p>
      </section>
    );
  }
  return (
    <section className="narrow wide">
      <h1>Correct “{article.title}”</h1>
      <p className="hint">
        Revision {article.revision}. The current text is kept as a revision; annotations move with the text, and any whose quote disappears
        are listed as orphaned so a reviewer can re-attach them.
      </p>
      <CorrectionForm articleId={article.id} revision={article.revision} text={article.text} />
    </section>
  );
}

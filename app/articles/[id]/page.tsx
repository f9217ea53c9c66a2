import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";
import { getArticle } from "@/lib/server/articles/get-article";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { canAnnotateArticle } from "@/lib/policies/articles";
import { ArticleWorkbench } from "@/components/annotations/article-workbench";
import { ArticleHeader } from "@/components/articles/article-header";

type Params = { params: Promise<{ id: string }> };

export default async function ArticlePage({ params }: Params) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}`);
  const article = await getArticle({ actor, articleId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const annotations = await listAnnotations({ actor, articleId: article.id });
  return (
    <article className="article-page">
      <ArticleHeader article={article} />
      <ArticleWorkbench
        article={{ id: article.id, text: article.text, revision: article.revision }}
        initialAnnotations={annotations}
        canAnnotate={canAnnotateArticle(actor, article)}
        actor={{ id: actor.id, role: actor.role }}
      />
    </article>
  );
}

export async function generateMetadata({ params }: Params) {
  const { id } = await params;
  return { title: `Article ${id.slice(0, 8)}` };
}

import type { ArticleStatus } from "@/lib/enums";
import { formatDate, statusLabel } from "@/components/articles/format";

type ArticleHeaderProps = {
  article: {
    title: string;
    byline: string | null;
    publisher: string | null;
    publishedOn: Date | null;
    sourceUrl: string | null;
    status: ArticleStatus;
  };
};

export function ArticleHeader({ article }: ArticleHeaderProps) {
  const details = [article.byline, article.publisher, article.publishedOn && formatDate(article.publishedOn)].filter(Boolean);
  return (
    <header className="article-header">
      <h1>{article.title}</h1>
      <p className="meta">
        {details.join(" · ")}
        {article.sourceUrl && (
          <>
            {details.length > 0 && " · "}
            <a href={article.sourceUrl} rel="noreferrer noopener" target="_blank">
              Original
            </a>
          </>
        )}{" "}
        <span className={`status status-${article.status.toLowerCase()}`}>{statusLabel(article.status)}</span>
      </p>
    </header>
  );
}

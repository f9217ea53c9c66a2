import Link from "next/link";
import type { ArticleListItem } from "@/lib/articles/types";
import type { ArticleSort } from "@/lib/validation/article-list";
import { formatDate, statusLabel } from "@/components/articles/format";
import { ExportBar } from "@/components/articles/export-selection/export-bar";
import { SelectAllCheckbox, SelectArticleCheckbox } from "@/components/articles/export-selection/select-checkboxes";
import { ExportSelectionProvider } from "@/components/articles/export-selection/selection-context";

/** The list's rows, sorted by `sort`; a selection's zip keeps that order. */
export function ArticleTable({ articles, sort }: { articles: ArticleListItem[]; sort: ArticleSort }) {
  return (
    <ExportSelectionProvider>
      <ExportBar sort={sort} />
      <ArticleRows articles={articles} />
    </ExportSelectionProvider>
  );
}

function ArticleRows({ articles }: { articles: ArticleListItem[] }) {
  return (
    <table className="article-table">
      <thead>
        <tr>
          <th scope="col" className="select-cell">
            <SelectAllCheckbox articleIds={articles.map((a) => a.id)} />
          </th>
          <th scope="col">Title</th>
          <th scope="col">Publisher</th>
          <th scope="col">Published</th>
          <th scope="col" className="num">
            Claims
          </th>
          <th scope="col" className="num">
            Quotes
          </th>
          <th scope="col" className="num">
            Opinions
          </th>
          <th scope="col">Reviewed</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td className="select-cell">
              <SelectArticleCheckbox articleId={article.id} title={article.title} />
            </td>
            <td>
              <Link href={`/articles/${article.id}`}>{article.title}</Link>
            </td>
            <td>{article.publisher ?? "—"}</td>
            {/* The date filters and the column both mean publication; an article without one shows when it was imported. */}
            <td>
              {article.publishedOn ? (
                formatDate(article.publishedOn)
              ) : (
                <span className="hint">imported {formatDate(article.createdAt)}</span>
              )}
            </td>
            <td className="num">{article.counts.CLAIM}</td>
            <td className="num">{article.counts.QUOTE}</td>
            <td className="num">{article.counts.OPINION}</td>
            <td>{reviewedLabel(article)}</td>
            <td>
              <span className={`status status-${article.status.toLowerCase()}`}>{statusLabel(article.status)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function reviewedLabel(article: ArticleListItem) {
  const total = article.counts.CLAIM + article.counts.QUOTE + article.counts.OPINION;
  return total === 0 ? "—" : `${article.settled} of ${total}`;
}

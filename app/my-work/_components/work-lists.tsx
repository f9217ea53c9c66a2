import Link from "next/link";
import { KIND_LABELS } from "@/lib/enums";
import { articleHref } from "@/lib/links";
import type { WorkAnnotation, WorkArticle } from "@/lib/server/work/list-my-work";
import { statusLabel } from "@/components/articles/format";
import { When } from "@/components/ui/when";

const QUOTE_LENGTH = 140;

function shorten(text: string) {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
}

/** Annotations, each a link straight to its card on the article page. */
export function AnnotationWorkList({ items }: { items: WorkAnnotation[] }) {
  return (
    <ul className="work-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={articleHref(item.articleId, item.id)}>“{shorten(item.exact)}”</Link>
          <p className="meta">
            {KIND_LABELS[item.kind]} in {item.articleTitle} · by {item.authorName} · <When date={item.updatedAt} />
          </p>
          {item.request && (
            <p className="request">
              {item.request.reviewerName} asked: {item.request.comment ?? "changes (no comment)"}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

const ROLE_WORDS = { checker: "checker", reviewer: "reviewer" } as const;

/** Articles with their status and, when they are assigned, the part this user plays. */
export function ArticleWorkList({ items, showRoles = false }: { items: WorkArticle[]; showRoles?: boolean }) {
  return (
    <ul className="work-list">
      {items.map((article) => (
        <li key={article.id}>
          <Link href={articleHref(article.id)}>{article.title}</Link>{" "}
          <span className={`status status-${article.status.toLowerCase()}`}>{statusLabel(article.status)}</span>
          <p className="meta">
            {showRoles && article.roles.length > 0 && <>You are {article.roles.map((role) => ROLE_WORDS[role]).join(" and ")} · </>}
            updated <When date={article.updatedAt} />
          </p>
        </li>
      ))}
    </ul>
  );
}

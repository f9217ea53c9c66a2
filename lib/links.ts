/**
 * Where a notification or a work item leads: the article, opened on the card when there is one.
 * `?annotation=` rather than a `#fragment`, because the server reads it and a hash never reaches it.
 */
export function articleHref(articleId: string, annotationId?: string | null): string {
  const base = `/articles/${encodeURIComponent(articleId)}`;
  return annotationId ? `${base}?annotation=${encodeURIComponent(annotationId)}` : base;
}

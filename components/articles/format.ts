import { ARTICLE_STATUS_LABELS, type ArticleStatus } from "@/lib/enums";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | string): string {
  return dateFormat.format(typeof date === "string" ? new Date(date) : date);
}

export function statusLabel(status: ArticleStatus): string {
  return ARTICLE_STATUS_LABELS[status];
}

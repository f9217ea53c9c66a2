import { AppError } from "@/lib/errors";
import type { ArticleSort } from "@/lib/validation/article-list";

/** Where a page of the article list ends: the last row's sort value and id (keyset pagination). */
export type ArticleCursor = { key: string; id: string };

export function encodeArticleCursor(cursor: ArticleCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** The cursor a link carries; anything else is refused rather than guessed at. */
export function decodeArticleCursor(value: string, sort: ArticleSort): ArticleCursor {
  const invalid = () => new AppError("INVALID", "That page link is not valid: start again from the first page.", { field: "after" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((part) => typeof part === "string" && part.length <= 400)) {
    throw invalid();
  }
  const [key, id] = parsed as [string, string];
  if (sort !== "title" && Number.isNaN(Date.parse(key))) throw invalid();
  return { key, id };
}

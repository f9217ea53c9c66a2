import "server-only";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findMentions, type MentionedPerson } from "@/lib/comments/comment-text";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { canBeMentioned } from "@/lib/policies/comments";

/**
 * The people a comment mentions, checked: each exists, may read the article, and is named in the
 * text as "@Name" (the list and the words must agree, or a mention would notify someone the reader
 * cannot see named). Refused with a message naming the first problem, never silently dropped.
 */
export async function checkMentions(
  db: Db | Tx,
  { body, mentionIds, article }: { body: string; mentionIds: string[]; article: { status: ArticleStatus } },
): Promise<MentionedPerson[]> {
  if (mentionIds.length === 0) return [];
  const people = await db.user.findMany({
    where: { id: { in: mentionIds } },
    select: { id: true, name: true, role: true, deactivatedAt: true },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const checked: MentionedPerson[] = [];
  for (const id of mentionIds) {
    const person = byId.get(id);
    if (!person || !canBeMentioned(person, article)) {
      throw new AppError("INVALID", "You can mention only people who can read this article.", {
        field: "mentionIds",
        reason: "MENTION_NOT_ALLOWED",
      });
    }
    checked.push({ id: person.id, name: person.name });
  }
  const named = new Set(findMentions(body, checked).map((m) => m.person.id));
  const missing = checked.find((p) => !named.has(p.id));
  if (missing) {
    throw new AppError("INVALID", `The text does not mention @${missing.name}: write the name after @, or take them off the list.`, {
      field: "mentionIds",
      reason: "MENTION_NOT_IN_TEXT",
    });
  }
  return checked;
}

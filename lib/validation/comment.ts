import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

export const MAX_COMMENT_LENGTH = 5_000;
export const MAX_MENTIONS = 20;

/** Plain text: line endings made one kind, outer blank space trimmed; an empty comment is refused, never posted. */
const commentBody = z
  .string({ message: "A comment must be text." })
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "Write something before posting: an empty comment is not posted.")
      .max(MAX_COMMENT_LENGTH, `A comment can be at most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`),
  );

/** The people picked from the @ list; the server checks each one may read the article and is named in the text. */
const mentionIds = z
  .array(recordId, { message: "Mentions must be a list of people." })
  .max(MAX_MENTIONS, `Mention at most ${MAX_MENTIONS} people in one comment.`)
  .transform((ids) => [...new Set(ids)])
  .default([]);

export const createCommentSchema = z.object({
  articleId: recordId,
  /** The annotation discussed; omitted for a comment on the article as a whole. */
  annotationId: recordId.nullish(),
  /** The thread's first comment, for a reply. */
  parentId: recordId.nullish(),
  body: commentBody,
  mentionIds,
  /** Idempotency key: the same post sent twice (a retry, a double click) is posted once. */
  clientRequestId: z.string().uuid("The request id must be a UUID."),
});
export type CreateCommentInput = z.output<typeof createCommentSchema>;

export const editCommentSchema = z.object({ commentId: recordId, body: commentBody, mentionIds });
export type EditCommentInput = z.output<typeof editCommentSchema>;

export const deleteCommentSchema = z.object({ commentId: recordId });
export type DeleteCommentInput = z.output<typeof deleteCommentSchema>;

export const resolveThreadSchema = z.object({
  commentId: recordId,
  /** true resolves the thread, false reopens it. */
  isResolved: z.boolean({ message: "Say whether the thread is resolved (true) or reopened (false)." }),
});
export type ResolveThreadInput = z.output<typeof resolveThreadSchema>;

import { segmentComment, type MentionedPerson } from "@/lib/comments/comment-text";

/**
 * A comment's plain text with its links and mentions. Every piece is a React text node or an
 * element we build, so HTML in a comment shows as text and only http(s) addresses become links.
 */
export function CommentBody({ body, mentions }: { body: string; mentions: MentionedPerson[] }) {
  return (
    <p className="comment-body">
      {segmentComment(body, mentions).map((segment, index) => {
        if (segment.type === "link")
          return (
            <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow ugc">
              {segment.text}
            </a>
          );
        if (segment.type === "mention")
          return (
            <span key={index} className="mention" data-user-id={segment.userId}>
              {segment.text}
            </span>
          );
        return segment.text;
      })}
    </p>
  );
}

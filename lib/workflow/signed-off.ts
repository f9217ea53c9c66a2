import type { ArticleStatus } from "@/lib/enums";

/**
 * An article under a standing sign-off: signed off, or published after it. Its report is the
 * final one: only it may be published, the public page shows only it, and the report names the
 * sign-off that stands. Queries read the list, code the predicate, so both say the same.
 */
export const SIGNED_OFF_OR_PUBLISHED = ["SIGNED_OFF", "PUBLISHED"] as const satisfies readonly ArticleStatus[];

export function isSignedOffOrPublished(status: ArticleStatus): boolean {
  return (SIGNED_OFF_OR_PUBLISHED as readonly ArticleStatus[]).includes(status);
}

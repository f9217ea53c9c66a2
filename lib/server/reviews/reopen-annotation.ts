import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { takeStatusStep } from "@/lib/server/reviews/take-status-step";

export type ReopenAnnotationOptions = { actor: Actor; input: { annotationId: string; version: number } };

/** An editor brings an approved or dismissed finding back to draft, to be worked on and reviewed again. */
export async function reopenAnnotation({ actor, input }: ReopenAnnotationOptions) {
  return getDb().$transaction(async (tx) => {
    const { view } = await takeStatusStep(tx, {
      actor,
      ...input,
      step: "reopen",
      audit: ({ annotation, from, to, version }) => ({
        action: "annotation.reopened",
        before: { status: from, version },
        after: { status: to, version: annotation.version },
      }),
    });
    return view;
  });
}

import "server-only";
import { describeSpan, validateSpan } from "@/lib/anchoring";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { staleStepMessage } from "@/lib/workflow/lost-decision";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import type { z } from "zod";
import type { reattachAnnotationSchema } from "@/lib/validation/correction";

/** Gives an orphaned annotation a new place in the current text, chosen by a reviewer. */
export async function reattachAnnotation({ actor, input }: { actor: Actor; input: z.infer<typeof reattachAnnotationSchema> }) {
  return getDb().$transaction(async (tx) => {
    const before = await claimAnnotationVersion(tx, {
      actor,
      annotationId: input.annotationId,
      version: input.version,
      rule: editAnnotationRefusal,
      isContentChange: true,
      conflictMessage: staleStepMessage("reattach"),
    });
    const article = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { text: true, revision: true } });
    if (article.revision !== input.articleRevision)
      throw new AppError("CONFLICT", "The article was corrected again. Reload and select the text again.");
    const check = validateSpan(article.text, input.start, input.end, input.exact);
    if (!check.ok) throw new AppError("INVALID", check.message, { reason: check.code });
    const { quote } = describeSpan(article.text, input.start, input.end);
    const after = await tx.annotation.update({
      where: { id: before.id },
      data: {
        start: input.start,
        end: input.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        articleRevision: article.revision,
        orphanedAt: null,
      },
      select: annotationSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.reattached",
      entityType: "Annotation",
      entityId: before.id,
      articleId: before.articleId,
      before: { start: before.start, end: before.end, exact: before.exact, orphanedAt: before.orphanedAt },
      after: { start: after.start, end: after.end, exact: after.exact },
    });
    return toAnnotationView(after);
  });
}

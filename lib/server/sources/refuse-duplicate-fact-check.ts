import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SourceFields } from "@/lib/validation/source";

/**
 * An earlier fact-check is a source of a claim once (a partial unique index says so too). Checked
 * under the annotation's version claim, whose row lock orders two attachments of the same one:
 * the second finds the first and is refused in words rather than by the index.
 */
export async function refuseDuplicateFactCheck(
  tx: Tx,
  { annotationId, source, exceptSourceId }: { annotationId: string; source: Pick<SourceFields, "url" | "stance">; exceptSourceId?: string },
): Promise<void> {
  if (source.stance !== "EARLIER_FACT_CHECK") return;
  const twin = await tx.source.findFirst({
    where: {
      annotationId,
      url: source.url,
      stance: "EARLIER_FACT_CHECK",
      deletedAt: null,
      ...(exceptSourceId && { id: { not: exceptSourceId } }),
    },
    select: { id: true },
  });
  if (twin)
    throw new AppError("INVALID", "This earlier fact-check is already a source of this claim.", { field: "url", reason: "DUPLICATE" });
}

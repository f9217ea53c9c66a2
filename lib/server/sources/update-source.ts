import "server-only";
import type { Actor } from "@/lib/auth/session";
import { sourceData } from "@/lib/server/sources/add-source";
import { changeSource, type SourceRef } from "@/lib/server/sources/change-source";
import { refuseDuplicateFactCheck } from "@/lib/server/sources/refuse-duplicate-fact-check";
import type { SourceFields } from "@/lib/validation/source";

export type UpdateSourceOptions = { actor: Actor; input: SourceRef & { source: SourceFields } };

/** Edits a source's fields (a typo in its title, a better archive link). Removing one is removeSource. */
export async function updateSource({ actor, input: { source, ...ref } }: UpdateSourceOptions) {
  return changeSource({
    actor,
    input: ref,
    action: "source.updated",
    data: sourceData(source),
    check: (tx, annotationId) => refuseDuplicateFactCheck(tx, { annotationId, source, exceptSourceId: ref.sourceId }),
  });
}

import "server-only";
import type { Actor } from "@/lib/auth/session";
import { changeSource, type SourceRef } from "@/lib/server/sources/change-source";

export type RemoveSourceOptions = { actor: Actor; input: SourceRef };

/** Takes a source off its annotation. Soft: the row stays, so the history and the audit trail keep it. */
export async function removeSource({ actor, input }: RemoveSourceOptions) {
  return changeSource({ actor, input, action: "source.removed", data: { deletedAt: new Date() } });
}

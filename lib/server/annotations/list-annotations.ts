import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";

export async function listAnnotations({ actor: _actor, articleId }: { actor: Actor; articleId: string }) {
  const rows = await getDb().annotation.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ start: "asc" }, { end: "desc" }],
    select: annotationSelect,
  });
  return rows.map(toAnnotationView);
}

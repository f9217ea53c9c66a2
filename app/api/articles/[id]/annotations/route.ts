import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { withActor } from "@/lib/http";
import { readChangedAnnotations } from "@/lib/server/annotations/read-changed-annotations";
import { annotationIdsQuerySchema } from "@/lib/validation/live";

type Context = { params: Promise<{ id: string }> };

/** The current views of an article's annotations (`?ids=` for the ones a live event named). */
export const GET = withActor<Context>(async (request, actor, { params }) => {
  const { id } = await params;
  const raw = new URL(request.url).searchParams.get("ids");
  let ids: string[] | undefined;
  if (raw !== null) {
    const parsed = annotationIdsQuerySchema.safeParse(raw);
    if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "The ids are not valid.", { field: "ids" });
    ids = parsed.data;
  }
  return NextResponse.json(await readChangedAnnotations({ actor, articleId: id, ids }), { headers: { "Cache-Control": "no-store" } });
});

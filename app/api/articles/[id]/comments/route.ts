import { NextResponse } from "next/server";
import { withActor } from "@/lib/http";
import { listComments } from "@/lib/server/comments/list-comments";

type Context = { params: Promise<{ id: string }> };

/** Every comment on the article, for a viewer who may read it: what the threads re-read when a live event names a comment. */
export const GET = withActor<Context>(async (_request, actor, { params }) => {
  const { id } = await params;
  return NextResponse.json({ comments: await listComments({ actor, articleId: id }) }, { headers: { "Cache-Control": "no-store" } });
});

import { NextResponse } from "next/server";
import { withActor } from "@/lib/http";
import { listArticles } from "@/lib/server/articles/list-articles";
import { articleListQuerySchema } from "@/lib/validation/article-list";
import { parseInput } from "@/lib/validation/parse-input";

/** A page of the articles the actor may read: `?status=&publisher=&assignee=&from=&to=&sort=&limit=&after=<nextCursor>`. */
export const GET = withActor(async (request, actor) => {
  const query = parseInput(articleListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listArticles({ actor, query }), { headers: { "Cache-Control": "no-store" } });
});

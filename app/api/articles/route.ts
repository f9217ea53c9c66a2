import { NextResponse } from "next/server";
import { withActor } from "@/lib/http";
import { listArticles } from "@/lib/server/articles/list-articles";

export const GET = withActor(async (_request, actor) => NextResponse.json({ articles: await listArticles({ actor }) }));

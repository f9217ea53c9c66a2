import { withActor } from "@/lib/http";
import { REQUEST_ID_HEADER } from "@/lib/api/request-id";
import { resumeSeq } from "@/lib/live/sse";
import { getArticle } from "@/lib/server/articles/get-article";
import { readArticleHeadSeq } from "@/lib/server/live/read-article-events";
import { openEventStream } from "@/lib/server/live/open-event-stream";
import { getDb } from "@/lib/db";
import { isShuttingDown } from "@/lib/server/live/shutdown";
import { presenceKey } from "@/lib/validation/presence";

type Context = { params: Promise<{ id: string }> };

/** The live events of one article, as Server-Sent Events, for a viewer who may read it. */
export const GET = withActor<Context>(async (request, actor, { params }) => {
  const { id } = await params;
  if (isShuttingDown()) {
    // The browser retries shortly, by then against an instance that is up.
    return new Response("Shutting down.", { status: 503, headers: { "Retry-After": "1", Connection: "close" } });
  }
  // Not found (answered 404) when the article does not exist or the viewer may not read it.
  const article = await getArticle({ actor, articleId: id });
  const url = new URL(request.url);
  const afterSeq =
    resumeSeq(request.headers.get("last-event-id"), url.searchParams.get("after")) ?? (await readArticleHeadSeq(getDb(), article.id));
  // `?presence=<tab key>`: this tab is shown to the others while its stream is open.
  const key = presenceKey.safeParse(url.searchParams.get("presence"));
  const presence = key.success ? { key: key.data, userId: actor.id, name: actor.name } : undefined;
  const requestId = request.headers.get(REQUEST_ID_HEADER);
  return new Response(openEventStream({ articleId: article.id, afterSeq, signal: request.signal, presence, requestId }), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      // Reverse proxies (nginx) would otherwise buffer the stream.
      "X-Accel-Buffering": "no",
    },
  });
});

import { withActor } from "@/lib/http";
import { recordHeartbeat } from "@/lib/server/presence/record-heartbeat";
import { parseInput } from "@/lib/validation/parse-input";
import { presenceHeartbeatSchema } from "@/lib/validation/presence";

type Context = { params: Promise<{ id: string }> };

const MAX_BODY_BYTES = 1_024;

/** A tab's heartbeat on an article it has open, or its goodbye (sendBeacon as the tab closes). */
export const POST = withActor<Context>(async (request, actor, { params }) => {
  const { id } = await params;
  // A tab that closes mid-request (the goodbye beacon racing the page's end) has nothing more to say.
  const text = await request.text().catch(() => null);
  if (text === null) return new Response(null, { status: 204 });
  if (text.length > MAX_BODY_BYTES) return new Response("A heartbeat is at most 1 KB.", { status: 413 });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  await recordHeartbeat({ actor, articleId: id, input: parseInput(presenceHeartbeatSchema, raw) });
  return new Response(null, { status: 204 });
});

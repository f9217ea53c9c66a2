import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { withActor } from "@/lib/http";
import { searchEverything } from "@/lib/server/search/search-everything";
import { parseInput } from "@/lib/validation/parse-input";
import { searchQuerySchema } from "@/lib/validation/search";

/**
 * Search everything the actor may read: `?q=&type=&kind=&verdict=&status=&review=&publisher=&speaker=&from=&to=&after=<nextCursor>`.
 * A bad parameter (or page cursor) is the request's fault in its query string: 400, with a message per field.
 */
export const GET = withActor(async (request, actor) => {
  try {
    const query = parseInput(searchQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json(await searchEverything({ actor, query }), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "INVALID") throw error;
    return NextResponse.json({ error: error.message, code: error.code, ...error.details }, { status: 400 });
  }
});

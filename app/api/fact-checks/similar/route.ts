import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { withActor } from "@/lib/http";
import { findSimilarFactChecks } from "@/lib/server/fact-checks/find-similar";
import { parseInput } from "@/lib/validation/parse-input";
import { similarFactChecksQuerySchema, type SimilarFactChecksQuery } from "@/lib/validation/similar-fact-checks";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The earlier fact-checks closest to a text, best first, for any signed-in user:
 * `?text=…&limit=5&excludeAnnotationId=…` → `{ matches: [...] }`. What the claim card's
 * "Checked before" shows. A query that does not parse is a bad request (400) naming each field's problem.
 */
export const GET = withActor(async (request, actor) => {
  let query: SimilarFactChecksQuery;
  try {
    query = parseInput(similarFactChecksQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "INVALID") throw error;
    return NextResponse.json({ error: error.message, code: error.code, ...error.details }, { status: 400, headers: NO_STORE });
  }
  return NextResponse.json({ matches: await findSimilarFactChecks(actor, query) }, { headers: NO_STORE });
});

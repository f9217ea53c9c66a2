import { problemContextOf, problemResponse } from "@/lib/api/answer-problems";
import { problemOf } from "@/lib/api/problem-details";
import { requestLogger } from "@/lib/log";
import { checkReadiness } from "@/lib/server/ops/check-readiness";

// Readiness, for load balancers and orchestrators: send traffic here only when the database answers
// and has every migration this build ships. Unauthenticated (proxy.ts lets it through): it tells
// no more than an operator's deployment already knows.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const readiness = await checkReadiness();
  if (readiness.isReady) return Response.json({ status: "ready" }, { headers: { "Cache-Control": "no-store" } });
  const context = problemContextOf(request);
  requestLogger(context.requestId).warn({ problems: readiness.problems }, "Not ready");
  return problemResponse({ ...problemOf("NOT_READY", readiness.problems.join(" "), context), problems: readiness.problems });
}

import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { submitAnnotation } from "@/lib/api/v1/operations/annotations";
import { submitAnnotation as submitForReview } from "@/lib/server/reviews/submit-annotation";

export const POST = apiRoute(submitAnnotation, async ({ caller: { actor }, params: { annotationId }, body: { version } }) =>
  apiJson(await submitForReview({ actor, input: { annotationId, version } })),
);

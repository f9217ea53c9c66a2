import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { requestAnnotationChanges, reviewedAnnotationSchema } from "@/lib/api/v1/operations/reviews";
import { requestChanges } from "@/lib/server/reviews/review-annotation";

export const POST = apiRoute(requestAnnotationChanges, async ({ caller: { actor }, params, body }) =>
  apiJson(reviewedAnnotationSchema.parse(await requestChanges({ actor, input: { ...params, ...body } }))),
);

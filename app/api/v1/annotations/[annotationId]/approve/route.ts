import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { approveAnnotation, reviewedAnnotationSchema } from "@/lib/api/v1/operations/reviews";
import * as review from "@/lib/server/reviews/review-annotation";

export const POST = apiRoute(approveAnnotation, async ({ caller: { actor }, params, body }) =>
  apiJson(reviewedAnnotationSchema.parse(await review.approveAnnotation({ actor, input: { ...params, ...body } }))),
);

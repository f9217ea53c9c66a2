import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { dismissAnnotation, reviewedAnnotationSchema } from "@/lib/api/v1/operations/reviews";
import * as review from "@/lib/server/reviews/review-annotation";

export const POST = apiRoute(dismissAnnotation, async ({ caller: { actor }, params, body }) =>
  apiJson(reviewedAnnotationSchema.parse(await review.dismissAnnotation({ actor, input: { ...params, ...body } }))),
);

import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { reopenAnnotation, reviewedAnnotationSchema } from "@/lib/api/v1/operations/reviews";
import * as reopen from "@/lib/server/reviews/reopen-annotation";

export const POST = apiRoute(reopenAnnotation, async ({ caller: { actor }, params, body }) =>
  apiJson(reviewedAnnotationSchema.parse(await reopen.reopenAnnotation({ actor, input: { ...params, ...body } }))),
);

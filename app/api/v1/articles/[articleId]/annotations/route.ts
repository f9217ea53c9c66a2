import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { createAnnotation, listAnnotations } from "@/lib/api/v1/operations/annotations";
import { createAnnotationAtTarget } from "@/lib/server/annotations/create-annotation-at-target";
import { listAnnotations as listArticleAnnotations } from "@/lib/server/annotations/list-annotations";

export const GET = apiRoute(listAnnotations, async ({ caller: { actor }, params: { articleId } }) =>
  apiJson({ annotations: await listArticleAnnotations({ actor, articleId }) }),
);

export const POST = apiRoute(createAnnotation, async ({ caller: { actor }, params: { articleId }, body }) =>
  apiJson(await createAnnotationAtTarget({ actor, articleId, input: body }), { status: 201 }),
);

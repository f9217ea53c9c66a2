import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { deleteAnnotation, getAnnotation, updateAnnotation } from "@/lib/api/v1/operations/annotations";
import { deleteAnnotation as deleteAnnotationAtVersion } from "@/lib/server/annotations/delete-annotation";
import { getAnnotation as readAnnotation } from "@/lib/server/annotations/get-annotation";
import { updateAnnotation as saveAnnotationEdit } from "@/lib/server/annotations/update-annotation";

export const GET = apiRoute(getAnnotation, async ({ caller: { actor }, params: { annotationId } }) =>
  apiJson(await readAnnotation({ actor, annotationId })),
);

export const PATCH = apiRoute(updateAnnotation, async ({ caller: { actor }, params: { annotationId }, body }) =>
  apiJson(await saveAnnotationEdit({ actor, input: { annotationId, ...body } })),
);

export const DELETE = apiRoute(deleteAnnotation, async ({ caller: { actor }, params: { annotationId }, query: { version } }) =>
  apiJson(await deleteAnnotationAtVersion({ actor, input: { annotationId, version } })),
);

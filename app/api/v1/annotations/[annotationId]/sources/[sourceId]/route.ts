import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { removeAnnotationSource, updateAnnotationSource } from "@/lib/api/v1/operations/sources";
import { sourceRemovedFrom, sourceSavedFrom } from "@/lib/api/v1/schemas/sources";
import { removeSource } from "@/lib/server/sources/remove-source";
import { updateSource } from "@/lib/server/sources/update-source";

export const PATCH = apiRoute(updateAnnotationSource, async ({ caller: { actor }, params: { annotationId, sourceId }, body }) =>
  apiJson(sourceSavedFrom(await updateSource({ actor, input: { annotationId, sourceId, ...body } }), sourceId)),
);

export const DELETE = apiRoute(removeAnnotationSource, async ({ caller: { actor }, params: { annotationId, sourceId }, query }) =>
  apiJson(sourceRemovedFrom(await removeSource({ actor, input: { annotationId, sourceId, version: query.version } }))),
);

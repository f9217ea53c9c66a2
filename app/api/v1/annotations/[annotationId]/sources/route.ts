import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { addAnnotationSource } from "@/lib/api/v1/operations/sources";
import { sourceSavedFrom } from "@/lib/api/v1/schemas/sources";
import { addSourceWithId } from "@/lib/server/sources/add-source";

export const POST = apiRoute(addAnnotationSource, async ({ caller: { actor }, params: { annotationId }, body }) => {
  const { annotation, sourceId } = await addSourceWithId({ actor, input: { annotationId, ...body } });
  return apiJson(sourceSavedFrom(annotation, sourceId), { status: 201 });
});

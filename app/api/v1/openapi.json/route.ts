import { buildOpenApiDocument } from "@/lib/api/v1/openapi-document";
import { API_OPERATIONS } from "@/lib/api/v1/operations";

// Public, like any API's reference: it describes the shapes, never data.
const document = JSON.stringify(buildOpenApiDocument(API_OPERATIONS));

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(document, { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" } });
}

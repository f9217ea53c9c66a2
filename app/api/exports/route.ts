import { parseInput } from "@/lib/validation/parse-input";
import type { Actor } from "@/lib/auth/session";
import { withActor } from "@/lib/http";
import { exportSelection } from "@/lib/server/exports/export-selection";
import { exportSelectionSchema } from "@/lib/validation/export";

// A selection from the article list as one zip (lib/server/exports/export-selection.ts).
// GET takes `ids`, `format` and `sort` in the query; POST takes the same fields form-encoded in the
// body, which the article list uses: 500 ids make a query string near the 16 KB that Node allows
// for a request's headers.
export const GET = withActor(async (request, actor) => exportFromFields(actor, new URL(request.url).searchParams));

export const POST = withActor(async (request, actor) => exportFromFields(actor, new URLSearchParams(await request.text())));

function exportFromFields(actor: Actor, fields: URLSearchParams): Promise<Response> {
  const selection = parseInput(exportSelectionSchema, {
    articleIds: fields.get("ids") ?? "",
    format: fields.get("format") ?? "",
    sort: fields.get("sort") ?? undefined,
  });
  return exportSelection({ actor, selection });
}

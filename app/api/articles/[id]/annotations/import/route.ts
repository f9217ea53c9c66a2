import { NextResponse } from "next/server";
import { parseInput } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { withActor } from "@/lib/http";
import { importWebAnnotations } from "@/lib/server/annotations/import-web-annotations";
import { importWebAnnotationsSchema } from "@/lib/validation/web-annotation";

type Context = { params: Promise<{ id: string }> };

/** POST a W3C Web Annotation file (JSON body): answers what was imported and what could not be placed. */
export const POST = withActor<Context>(async (request, actor, { params }) => {
  const { id } = await params;
  const upload: unknown = await request.json().catch(() => {
    throw new AppError("INVALID", "The body is not JSON: send a W3C Web Annotation file.");
  });
  const input = parseInput(importWebAnnotationsSchema, { articleId: id, upload });
  return NextResponse.json(await importWebAnnotations({ actor, input }));
});

import { parseInput } from "@/lib/validation/parse-input";
import { withActor } from "@/lib/http";
import { exportArticle } from "@/lib/server/exports/export-article";
import { exportArticleSchema } from "@/lib/validation/export";

type Context = { params: Promise<{ id: string; format: string }> };

export const GET = withActor<Context>(async (_request, actor, { params }) => {
  const { id, format: raw } = await params;
  return exportArticle({ actor, ...parseInput(exportArticleSchema, { articleId: id, format: raw }) });
});

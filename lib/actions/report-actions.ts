"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { publishReport, revokePublicReport } from "@/lib/server/reports/publish-report";
import { publicLinkSchema } from "@/lib/validation/export";

export const publishReportAction = defineAction(publicLinkSchema, async (actor, input) => {
  const result = await publishReport({ actor, input });
  revalidatePath(`/articles/${input.articleId}/report`);
  return result;
});

export const revokePublicReportAction = defineAction(publicLinkSchema, async (actor, input) => {
  const result = await revokePublicReport({ actor, input });
  revalidatePath(`/articles/${input.articleId}/report`);
  return result;
});

import { appBaseUrl } from "@/lib/env";
import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { publishReport, revokePublicReport } from "@/lib/api/v1/operations/sign-off";
import * as reports from "@/lib/server/reports/publish-report";

export const POST = apiRoute(publishReport, async ({ caller: { actor }, params }) => {
  const { token } = await reports.publishReport({ actor, input: params });
  return apiJson({ token, url: `${appBaseUrl()}/r/${token}` });
});

export const DELETE = apiRoute(revokePublicReport, async ({ caller: { actor }, params }) =>
  apiJson(await reports.revokePublicReport({ actor, input: params })),
);

import { notFound } from "next/navigation";
import { appBaseUrl } from "@/lib/env";
import { buildClaimReviews } from "@/lib/exports/claim-review";
import { buildPublicReportModel } from "@/lib/server/reports/build-report-model";
import { ReportView } from "@/components/reports/report-view";

// The published report, readable signed out (proxy.ts lets /r/ through): only the report, found by
// its unguessable token; a revoked or unknown token is a 404. It embeds ClaimReview JSON-LD.
type Params = { params: Promise<{ token: string }> };

async function load(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) notFound();
  const model = await buildPublicReportModel({ token, baseUrl: appBaseUrl() });
  if (!model) notFound();
  return model;
}

export default async function PublicReportPage({ params }: Params) {
  const model = await load((await params).token);
  // "<" escaped so no string in the data can close the script element.
  const jsonLd = JSON.stringify(buildClaimReviews(model)).replace(/</g, "\\u003c");
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <ReportView model={model} />
    </>
  );
}

export async function generateMetadata({ params }: Params) {
  const model = await load((await params).token);
  return { title: model.article.title, robots: { index: true } };
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page";
import { appBaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { claimReviewProblems } from "@/lib/exports/claim-review";
import { publishReportRefusal } from "@/lib/policies/exports";
import { buildReportModel } from "@/lib/server/reports/build-report-model";
import { ExportLinks } from "@/components/reports/export-links";
import { PublicLinkControls } from "@/components/reports/public-link-controls";
import { ReportView } from "@/components/reports/report-view";

type Params = { params: Promise<{ id: string }> };

export default async function ReportPage({ params }: Params) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/report`);
  const model = await buildReportModel({ actor, articleId: id, baseUrl: appBaseUrl() }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const checks = claimReviewProblems(model).filter((c) => c.problems.length > 0);
  return (
    <>
      <p className="no-print">
        <Link href={`/articles/${model.article.id}`}>← Back to the article</Link>
      </p>
      <ExportLinks articleId={model.article.id} />
      <div className="no-print">
        <PublicLinkControls articleId={model.article.id} publicUrl={model.publicUrl} refusal={publishReportRefusal(actor, model.article)} />
      </div>
      {checks.length > 0 && (
        <details className="report-checks">
          <summary>ClaimReview check: {checks.length} claim(s) miss properties Google asks for</summary>
          <ul>
            {checks.map((c) => (
              <li key={c.claimId}>
                {c.claimReviewed}: {c.problems.map((p) => `${p.property} (${p.level}) — ${p.message}`).join(" ")}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ReportView model={model} />
    </>
  );
}

export async function generateMetadata({ params }: Params) {
  const { id } = await params;
  return { title: `Report ${id.slice(0, 8)}` };
}

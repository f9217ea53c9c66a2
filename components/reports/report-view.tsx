import { KIND_LABELS, QUOTE_CHECK_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/enums";
import { findingAnchor, isDraft, reportedFindings, type ReportFinding, type ReportModel } from "@/lib/exports/report-model";
import { passageOf } from "@/lib/exports/passage";
import { VERDICT_COLOURS, verdictCounts } from "@/lib/exports/summary";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import { RichTextView } from "./rich-text-view";

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** The verdict report, the same for the signed-in page and the public link; print rules in globals.css. */
export function ReportView({ model }: { model: ReportModel }) {
  const a = model.article;
  const findings = reportedFindings(model);
  const draft = isDraft(model);
  // Opinions name the claims they rest on: one lookup table, not a search per opinion.
  const byId = new Map(model.findings.map((f) => [f.id, f]));
  return (
    <article className={`report${draft ? " report-draft" : ""}`} lang={a.language}>
      {draft && (
        <p className="report-draft-banner" role="note">
          DRAFT — not signed off
        </p>
      )}
      <header className="report-header">
        <h1>{a.title}</h1>
        <p className="report-meta">
          {[a.byline && `By ${a.byline}`, a.publisher, a.publishedOn].filter(Boolean).join(" · ")}
          {a.sourceUrl && (
            <>
              {" · "}
              <a href={a.sourceUrl} rel="noopener noreferrer nofollow">
                original article
              </a>
            </>
          )}
        </p>
        <p className="report-meta">
          Revision {a.revision} · checked by {model.organisation.name} · as of {when(model.asOf)}
        </p>
      </header>

      <section aria-labelledby="summary-heading" className="report-summary">
        <h2 id="summary-heading">Summary</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Verdict</th>
              <th scope="col" className="num">
                Claims
              </th>
            </tr>
          </thead>
          <tbody>
            {verdictCounts(model).map((c) => (
              <tr key={c.rating}>
                <td>
                  <span className="verdict-chip" style={{ background: VERDICT_COLOURS[c.rating] }} aria-hidden="true" /> {c.label}
                </td>
                <td className="num">{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ol className="report-index">
          {findings.map((f) => (
            <li key={f.id}>
              <a href={`#${findingAnchor(f)}`}>{f.claimText ?? f.exact}</a>
              {f.verdict && <span style={{ color: VERDICT_COLOURS[f.verdict.rating] }}> — {VERDICT_LABELS[f.verdict.rating]}</span>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings</h2>
        {findings.map((f, i) => (
          <Finding key={f.id} byId={byId} finding={f} index={i} />
        ))}
      </section>

      <section aria-labelledby="signoff-heading" className="report-signoff">
        <h2 id="signoff-heading">Sign-off</h2>
        {model.signOffs.length === 0 && <p>Not signed off yet.</p>}
        <ul>
          {model.signOffs.map((s) => (
            <li key={s.at}>
              Signed off by {s.by} on {when(s.at)}, revision {s.revision}, covering {s.covered} annotation versions. Audit chain head:{" "}
              <code className="chain-head">{s.chainHead}</code>
              {s.nothingCheckWorthy && <> Nothing in it is check-worthy: {s.nothingCheckWorthy}</>}
              {s.reopened && (
                <>
                  {" "}
                  — reopened by {s.reopened.by ?? "unknown"} on {when(s.reopened.at)}: {s.reopened.reason}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="corrections-heading">
        <h2 id="corrections-heading">Correction history</h2>
        <ul>
          {model.revisions.map((r) => (
            <li key={r.revision}>
              Revision {r.revision} · {when(r.at)} · {r.by}: {r.change}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

function Finding({ byId, finding: f, index }: { byId: Map<string, ReportFinding>; finding: ReportFinding; index: number }) {
  const approval = f.reviews.findLast((r) => r.outcome === "APPROVED");
  const claims = f.restsOn.map((id) => byId.get(id)).filter((c) => c !== undefined);
  return (
    <section className="finding" id={findingAnchor(f)} aria-labelledby={`${findingAnchor(f)}-title`}>
      <h3 id={`${findingAnchor(f)}-title`} className="finding-title">
        {index + 1}. {KIND_LABELS[f.kind]}: {f.claimText ?? f.exact}
      </h3>
      <div className="finding-body">
        {f.status !== "APPROVED" && <p className="finding-status">Status: {STATUS_LABELS[f.status]}</p>}
        <Passage finding={f} />
        {f.verdict && (
          <p className="finding-verdict">
            Verdict:{" "}
            <strong className="verdict-label" style={{ background: VERDICT_COLOURS[f.verdict.rating] }}>
              {VERDICT_LABELS[f.verdict.rating]}
            </strong>
          </p>
        )}
        {f.verdict?.rationale && (
          <div className="finding-rationale">
            <RichTextView doc={f.verdict.rationale} />
          </div>
        )}
        {f.kind === "QUOTE" && (
          <p>
            Speaker: {f.speaker ?? "unknown"} · Check: {f.quoteCheck ? QUOTE_CHECK_LABELS[f.quoteCheck] : "not checked"}
            {f.quoteOrigin && <> · First appeared: {f.quoteOrigin}</>}
          </p>
        )}
        {f.kind === "OPINION" && (
          <p>
            Held by: {f.holder ?? "unknown"}
            {claims.length > 0 && <> · Rests on: {claims.map((c) => c.claimText ?? c.exact).join("; ")}</>}
          </p>
        )}
        {f.note && <p className="finding-note">Note: {f.note}</p>}
        {f.sources.length > 0 && (
          <ul className="finding-sources">
            {f.sources.map((s, i) => (
              <li key={i}>
                <strong>{STANCE_LABELS[s.stance]}:</strong>{" "}
                <a href={s.url} rel="noopener noreferrer nofollow">
                  {s.title ?? s.url}
                </a>
                {s.publisher && <> · {s.publisher}</>}
                {s.publishedOn && <> · published {s.publishedOn}</>}
                {s.accessedOn && <> · accessed {s.accessedOn}</>}
                {s.archiveUrl && (
                  <>
                    {" · "}
                    <a href={s.archiveUrl} rel="noopener noreferrer nofollow">
                      archived copy
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="finding-chain">
          Drafted by {f.author}
          {approval ? `; version ${approval.version} approved by ${approval.reviewer} on ${when(approval.at)}` : ""}.
        </p>
      </div>
    </section>
  );
}

function Passage({ finding }: { finding: ReportFinding }) {
  const { before, exact, after, cutBefore, cutAfter } = passageOf(finding);
  return (
    <blockquote className="finding-passage">
      {cutBefore && "…"}
      {before}
      <mark>{exact}</mark>
      {after}
      {cutAfter && "…"}
    </blockquote>
  );
}

// The report as Markdown, for newsletters and CMS editors: every text from the data is escaped, so
// a title or a rationale with Markdown or HTML in it shows as typed and never becomes markup.
import { KIND_LABELS, QUOTE_CHECK_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/enums";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import { escapeMarkdown as e, richTextToMarkdown } from "./rich-text";
import { isDraft, reportedFindings, type ReportFinding, type ReportModel } from "./report-model";
import { passageOf } from "./passage";
import { verdictCounts } from "./summary";

function sourceLine(s: ReportFinding["sources"][number]): string {
  const parts = [
    s.title ? `[${e(s.title)}](<${s.url}>)` : `<${s.url}>`,
    s.publisher && e(s.publisher),
    s.publishedOn && `published ${s.publishedOn}`,
    s.accessedOn && `accessed ${s.accessedOn}`,
    s.archiveUrl && `[archived copy](<${s.archiveUrl}>)`,
    STANCE_LABELS[s.stance].toLowerCase(),
  ];
  return `- ${parts.filter(Boolean).join(" · ")}`;
}

function findingSection(model: ReportModel, f: ReportFinding, index: number): string {
  const lines = [`### ${index + 1}. ${KIND_LABELS[f.kind]}: ${e(f.claimText ?? f.exact)}`, ""];
  if (f.status !== "APPROVED") lines.push(`*Status: ${STATUS_LABELS[f.status]}*`, "");
  const passage = passageOf(f);
  const passageLine = `${passage.cutBefore ? "…" : ""}${e(passage.before)}**${e(passage.exact)}**${e(passage.after)}${passage.cutAfter ? "…" : ""}`;
  lines.push(`> ${passageLine.replace(/\n/g, " ")}`, "");
  if (f.verdict) lines.push(`**Verdict: ${VERDICT_LABELS[f.verdict.rating]}**`, "");
  if (f.verdict?.rationale) lines.push(richTextToMarkdown(f.verdict.rationale), "");
  if (f.kind === "QUOTE")
    lines.push(`Speaker: ${e(f.speaker ?? "unknown")} · ${f.quoteCheck ? QUOTE_CHECK_LABELS[f.quoteCheck] : "not checked"}`, "");
  if (f.kind === "OPINION") {
    const claims = f.restsOn.map((id) => model.findings.find((c) => c.id === id)).filter((c) => c !== undefined);
    lines.push(
      `Held by: ${e(f.holder ?? "unknown")}${claims.length ? ` · rests on: ${claims.map((c) => e(c.claimText ?? c.exact)).join("; ")}` : ""}`,
      "",
    );
  }
  if (f.note) lines.push(`Note: ${e(f.note)}`, "");
  if (f.sources.length) lines.push("Sources:", "", ...f.sources.map(sourceLine), "");
  return lines.join("\n");
}

export function renderMarkdown(model: ReportModel): Buffer {
  const a = model.article;
  const findings = reportedFindings(model);
  const counts = verdictCounts(model);
  const out = [
    ...(isDraft(model) ? ["**DRAFT — not signed off**", ""] : []),
    `# ${e(a.title)}`,
    "",
    ...[[a.byline && `By ${e(a.byline)}`, a.publisher && e(a.publisher), a.publishedOn].filter(Boolean).join(" · ")]
      .filter(Boolean)
      .flatMap((meta) => [meta, ""]),
    ...(a.sourceUrl ? [`Original: <${a.sourceUrl}>`, ""] : []),
    "## Summary",
    "",
    "| Verdict | Claims |",
    "| --- | --- |",
    ...counts.map((c) => `| ${c.label} | ${c.count} |`),
    "",
    "## Findings",
    "",
    ...findings.map((f, i) => findingSection(model, f, i)),
    "## Sign-off",
    "",
    model.signOff
      ? `Signed off by ${e(model.signOff.by)} on ${model.signOff.at} (revision ${model.signOff.revision}). Audit chain head: \`${model.signOff.chainHead}\`.` +
        (model.signOff.nothingCheckWorthy ? ` Nothing in it is check-worthy: ${e(model.signOff.nothingCheckWorthy)}` : "")
      : "Not signed off yet.",
    "",
    "## Corrections",
    "",
    ...model.revisions.map((r) => `- Revision ${r.revision}, ${r.at}, ${e(r.by)}: ${e(r.change)}`),
    "",
  ];
  return Buffer.from(out.join("\n"), "utf8");
}

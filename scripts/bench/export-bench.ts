// Export timings for one article with 1,000 annotations (each with a verdict, a rationale and two
// sources), built in memory so only the formats are timed; and the peak memory of 100 such articles
// exported in sequence (JSON, CSV and W3C, one after the other, as a selection download renders
// them), measured in a child process of its own so that nothing else (fonts, React) weighs on it.
// Figures only, no pass/fail: the machines are shared.
import { spawnSync } from "node:child_process";
import { renderClaimReviewJson } from "@/lib/exports/claim-review";
import { renderCsv } from "@/lib/exports/csv";
import { renderJson } from "@/lib/exports/json";
import { renderMarkdown } from "@/lib/exports/markdown";
import { renderPdf } from "@/lib/exports/pdf/render-pdf";
import { plainModel } from "@/lib/exports/test-fixtures";
import { renderWebAnnotations } from "@/lib/exports/web-annotation";
import type { ReportModel } from "@/lib/exports/report-model";

// The process's peak resident set (the kernel's high-water mark, KiB on Linux): unlike sampling
// the current RSS, it cannot miss a peak between two samples, and a synchronous loop gives a timer
// no chance to sample anyway.
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** 100 articles rendered one after the other, as a selection download renders them. */
function renderInSequence() {
  const peakBefore = peakRss();
  const start = performance.now();
  for (let i = 0; i < 100; i++) {
    const m = bigModel(i + 1);
    renderJson(m);
    renderCsv(m);
    renderWebAnnotations(m);
  }
  console.log(
    `100 articles in sequence (JSON+CSV+W3C): ${(performance.now() - start).toFixed(0)} ms, peak RSS ${mib(peakRss())} (${mib(peakBefore)} before the first)`,
  );
}

if (process.argv.includes("--in-sequence")) {
  renderInSequence();
  process.exit(0);
}

// React is loaded in its production build, as `next start` runs it (none of the modules above
// loads it): the development build adds checks and warnings to every element.
Object.assign(process.env, { NODE_ENV: "production" });
const { createElement } = await import("react");
const { renderToString } = await import("react-dom/server");
const { ReportView } = await import("@/components/reports/report-view");

function bigModel(index: number): ReportModel {
  const base = plainModel();
  const claim = base.findings.find((f) => f.id === "claim1")!;
  const findings = Array.from({ length: 1000 }, (_, i) => ({
    ...claim,
    id: `a${index}-${String(i).padStart(4, "0")}`,
    claimText: `Claim ${i}: ${claim.claimText}`,
    start: claim.start + (i % 10),
  }));
  return { ...base, article: { ...base.article, id: `article${index}` }, findings };
}

/** The worst case for the PDF's layout: each finding mixes Chinese, Hebrew, Arabic, Devanagari, Korean and emoji. */
function everyScriptModel(): ReportModel {
  const model = bigModel(2);
  const text =
    "失业率下降到百分之四点一，政府表示节省了三十亿英镑。שיעור האבטלה ירד ל-4.1 אחוז. انخفض معدل البطالة إلى 4.1 في المائة. बेरोज़गारी दर गिर गई। 실업률이 떨어졌다 🤥";
  return {
    ...model,
    findings: model.findings.map((f, i) => ({
      ...f,
      claimText: `${i}: ${text}`,
      verdict: {
        rating: f.verdict!.rating,
        rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: text.repeat(3) }] }] },
      },
    })),
  };
}

async function time(label: string, run: () => unknown) {
  const start = performance.now();
  const result = await run();
  const bytes = Buffer.isBuffer(result) ? result.length : typeof result === "string" ? Buffer.byteLength(result) : 0;
  console.log(`${label.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(6)} ms  ${(bytes / 1024).toFixed(0)} KiB`);
}

const model = bigModel(0);
console.log("One article, 1,000 annotations with verdict, rationale and two sources:");
await time("JSON", () => renderJson(model));
await time("CSV", () => renderCsv(model));
await time("ClaimReview JSON-LD", () => renderClaimReviewJson(model));
await time("W3C Web Annotation", () => renderWebAnnotations(model));
await time("Markdown", () => renderMarkdown(model));
await time("HTML report (server render)", () => renderToString(createElement(ReportView, { model })));
await time("PDF (first, fonts parsed)", () => renderPdf(model));
await time("PDF (next report)", () => renderPdf(bigModel(1)));

await time("PDF, every script in every finding", () => renderPdf(everyScriptModel()));

// In a fresh process, with this script's own Node flags (tsx), so its peak is the renders' alone.
const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, "--in-sequence"], { stdio: "inherit" });
if (child.status !== 0) process.exit(child.status ?? 1);

// The verdict report as PDF, drawn with PDFKit (pure JavaScript: no browser, no system packages)
// in embedded Noto fonts, so text is real text (extractable, searchable). Same content and order as
// the HTML report. Deterministic: the creation date is the report's own timestamp (model.asOf),
// from which PDFKit also derives the file id and the font subset tags.
import PDFDocument from "pdfkit";
import { KIND_LABELS, QUOTE_CHECK_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/enums";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import { richTextToPlain } from "../rich-text";
import { isDraft, reportedFindings, type ReportFinding, type ReportModel } from "../report-model";
import { passageOf } from "../passage";
import { plural } from "@/lib/plural";
import { VERDICT_COLOURS, verdictCounts } from "../summary";
import { loadFont, type PdfFontFace, type Script } from "./fonts";
import { layoutParagraph, type Line, type Segment } from "./paragraph-layout";

type Style = { size?: number; indent?: number; after?: number };

const MARGIN = 56;
const INK = "#1d1d1f";
const MUTED = "#5f6368";

class Writer {
  readonly width: number;
  private readonly opened = new Set<string>();
  constructor(readonly doc: PDFKit.PDFDocument) {
    this.width = doc.page.width - 2 * MARGIN;
  }

  /** Selects a font, handing PDFKit the parsed font the first time (PDFKit then caches it by key). */
  font(script: Script, face: PdfFontFace): PDFKit.PDFDocument {
    const { key, font } = loadFont(script, face);
    if (this.opened.has(key)) return this.doc.font(key);
    this.opened.add(key);
    // PDFKit takes a parsed fontkit font (it checks for `layout`); its types only list files and bytes.
    return this.doc.font(font as unknown as Buffer, key);
  }

  private measure = (script: Script, face: PdfFontFace, size: number, text: string) =>
    this.font(script, face).fontSize(size).widthOfString(text);

  layout(segments: Segment[], { size = 10, indent = 0 }: Style = {}): { lines: Line[]; height: number } {
    const lines = layoutParagraph(segments, { size, maxWidth: this.width - indent, measure: this.measure, ink: INK });
    return { lines, height: lines.reduce((sum, line) => sum + lineMetrics(line, size).height, 0) };
  }

  /** Draws laid-out lines, starting a new page when the next line does not fit. */
  draw(lines: Line[], { size = 10, indent = 0, after = 4 }: Style = {}) {
    const doc = this.doc;
    for (const line of lines) {
      const { ascent, height } = lineMetrics(line, size);
      if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
      const top = doc.y;
      for (const piece of line.pieces) {
        this.font(piece.script, piece.face).fontSize(size).fillColor(piece.color);
        doc.text(piece.text, MARGIN + indent + piece.x, top + ascent, { lineBreak: false, baseline: "alphabetic" });
      }
      doc.y = top + height;
    }
    doc.x = MARGIN;
    if (lines.length) doc.y += after;
  }

  /** Writes segments as one paragraph. */
  write(segments: Segment[], style: Style = {}) {
    this.draw(this.layout(segments, style).lines, style);
  }

  line(text: string, style: Style & { face?: PdfFontFace; color?: string } = {}) {
    this.write([{ text, face: style.face, color: style.color }], style);
  }

  /** Starts a new page unless `height` points still fit: a finding's header never ends a page alone. */
  keepTogether(height: number) {
    if (this.doc.y + height > this.doc.page.height - MARGIN) this.doc.addPage();
  }

  heading(text: string, size: number) {
    this.keepTogether(size * 4);
    this.doc.moveDown(0.4);
    this.line(text, { size, face: "bold", after: 6 });
  }
}

/** A line's height and baseline: the tallest of the fonts it uses, so marks above and below fit. */
function lineMetrics(line: Line, size: number): { ascent: number; height: number } {
  let ascent = 0;
  let descent = 0;
  for (const script of line.scripts.size ? line.scripts : new Set<Script>(["latin"])) {
    const { font } = loadFont(script);
    ascent = Math.max(ascent, ((font.ascent + font.lineGap) / font.unitsPerEm) * size);
    descent = Math.max(descent, (-font.descent / font.unitsPerEm) * size);
  }
  return { ascent, height: ascent + descent };
}

function finding(w: Writer, model: ReportModel, f: ReportFinding, index: number) {
  const title = w.layout([{ text: `${index + 1}. ${KIND_LABELS[f.kind]}: ${f.claimText ?? f.exact}`, face: "bold" }], { size: 11.5 });
  // The header plus the passage and the verdict (about four lines) stay on one page.
  w.keepTogether(title.height + 60);
  w.doc.moveDown(0.6);
  w.draw(title.lines, { size: 11.5, after: 3 });
  if (f.status !== "APPROVED") w.line(`Status: ${STATUS_LABELS[f.status]}`, { size: 9, face: "italic", color: "#b3261e" });
  const passage = passageOf(f);
  w.write(
    [
      { text: `${passage.cutBefore ? "…" : ""}${passage.before}`, color: MUTED },
      { text: passage.exact, face: "bold" },
      { text: `${passage.after}${passage.cutAfter ? "…" : ""}`, color: MUTED },
    ],
    { size: 9.5, indent: 12, after: 5 },
  );
  if (f.verdict) {
    w.write([{ text: "Verdict: " }, { text: VERDICT_LABELS[f.verdict.rating], face: "bold", color: VERDICT_COLOURS[f.verdict.rating] }], {
      after: 3,
    });
    const rationale = richTextToPlain(f.verdict.rationale);
    if (rationale) for (const paragraph of rationale.split("\n")) w.line(paragraph, { indent: 12, after: 2 });
  }
  if (f.kind === "QUOTE")
    w.line(
      `Speaker: ${f.speaker ?? "unknown"} · Check: ${f.quoteCheck ? QUOTE_CHECK_LABELS[f.quoteCheck] : "not checked"}${f.quoteOrigin ? ` · First appeared: ${f.quoteOrigin}` : ""}`,
    );
  if (f.kind === "OPINION") {
    const claims = f.restsOn.map((id) => model.findings.find((c) => c.id === id)).filter((c) => c !== undefined);
    w.line(
      `Held by: ${f.holder ?? "unknown"}${claims.length ? ` · Rests on: ${claims.map((c) => c.claimText ?? c.exact).join("; ")}` : ""}`,
    );
  }
  if (f.note) w.line(`Note: ${f.note}`, { face: "italic" });
  for (const s of f.sources) {
    const details = [
      s.publisher,
      s.publishedOn && `published ${s.publishedOn}`,
      s.accessedOn && `accessed ${s.accessedOn}`,
      s.archiveUrl && `archived: ${s.archiveUrl}`,
    ]
      .filter(Boolean)
      .join(" · ");
    w.write(
      [
        { text: `${STANCE_LABELS[s.stance]}: `, face: "bold" },
        { text: s.title ? `${s.title} — ` : "" },
        { text: s.url, color: "#1a56b0" },
        { text: details ? ` (${details})` : "", color: MUTED },
      ],
      { size: 9, indent: 12, after: 2 },
    );
  }
  const approval = f.reviews.findLast((r) => r.outcome === "APPROVED");
  w.line(
    `Drafted by ${f.author}${approval ? `; version ${approval.version} approved by ${approval.reviewer} on ${approval.at.slice(0, 10)}` : ""}.`,
    { size: 8.5, color: MUTED, after: 2 },
  );
}

function stampPages(w: Writer, model: ReportModel) {
  const doc = w.doc;
  const { start, count } = doc.bufferedPageRange();
  const draft = isDraft(model);
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing in the margin must not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (draft) {
      w.font("latin", "bold").fontSize(10).fillColor("#b3261e").text("DRAFT — not signed off", MARGIN, 24, { lineBreak: false });
      doc.save().rotate(-40, { origin: [doc.page.width / 2, doc.page.height / 2] });
      w.font("latin", "bold")
        .fontSize(110)
        .fillColor("#b3261e", 0.08)
        .text("DRAFT", 0, doc.page.height / 2 - 60, { width: doc.page.width, align: "center", lineBreak: false });
      doc.restore();
      doc.fillOpacity(1);
    }
    w.font("latin", "regular").fontSize(8).fillColor(MUTED);
    doc.text(`${model.organisation.name} · ${i + 1} / ${count}`, MARGIN, doc.page.height - 36, {
      width: doc.page.width - 2 * MARGIN,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

export function renderPdf(model: ReportModel): Promise<Buffer> {
  const asOf = new Date(model.asOf);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: model.article.language,
    info: {
      Title: model.article.title,
      Author: model.organisation.name,
      Creator: "Factmark",
      Producer: "Factmark",
      CreationDate: asOf,
      ModDate: asOf,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const w = new Writer(doc);
  const a = model.article;
  w.line(a.title, { size: 20, face: "bold", after: 6 });
  w.line([a.byline && `By ${a.byline}`, a.publisher, a.publishedOn].filter(Boolean).join(" · "), { color: MUTED });
  if (a.sourceUrl) w.line(a.sourceUrl, { color: "#1a56b0", size: 9 });
  w.line(`Revision ${a.revision} · report as of ${model.asOf.slice(0, 16).replace("T", " ")} UTC`, { size: 9, color: MUTED, after: 8 });

  w.heading("Summary", 14);
  for (const c of verdictCounts(model)) {
    const y = doc.y;
    doc.rect(MARGIN, y + 2, 9, 9).fill(VERDICT_COLOURS[c.rating]);
    w.write([{ text: `${c.label}: ` }, { text: String(c.count), face: "bold" }], { indent: 16, after: 1 });
  }
  const findings = reportedFindings(model);
  const counted = (kind: ReportFinding["kind"]) => findings.filter((f) => f.kind === kind).length;
  w.line(`${plural(counted("CLAIM"), "claim")} · ${plural(counted("QUOTE"), "quote")} · ${plural(counted("OPINION"), "opinion")}`, {
    color: MUTED,
    after: 6,
  });

  w.heading("Findings", 14);
  findings.forEach((f, i) => finding(w, model, f, i));

  w.heading("Sign-off", 14);
  for (const s of model.signOffs)
    w.line(
      `Signed off by ${s.by} on ${s.at.slice(0, 16).replace("T", " ")} UTC, revision ${s.revision}, ${s.covered} annotation versions. Audit chain head: ${s.chainHead}${s.nothingCheckWorthy ? `. Nothing in it is check-worthy: ${s.nothingCheckWorthy}` : ""}${s.reopened ? `. Reopened ${s.reopened.at.slice(0, 10)} by ${s.reopened.by ?? "unknown"}: ${s.reopened.reason ?? ""}` : ""}`,
      { size: 9.5 },
    );
  if (!model.signOff) w.line("Not signed off: this report is a draft.", { face: "bold", color: "#b3261e" });

  w.heading("Corrections", 14);
  for (const r of model.revisions) w.line(`Revision ${r.revision} · ${r.at.slice(0, 10)} · ${r.by}: ${r.change}`, { size: 9.5 });

  stampPages(w, model);
  doc.end();
  return done;
}

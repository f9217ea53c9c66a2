// W3C Web Annotation (https://www.w3.org/TR/annotation-model/): an AnnotationCollection whose one
// AnnotationPage holds every annotation, each targeting the article with a TextQuoteSelector and a
// TextPositionSelector (in code points, web-annotation-position.ts). Bodies: the kind (tagging),
// the verdict or quote check (assessing), the rationale, note and checkable sentence
// (commenting/describing), sources (linking). A source is a SpecificResource whose `source` is the
// link: the model allows `purpose` only there and on textual bodies (§3.3.5), never on the link
// itself. Terms the W3C vocabulary lacks are in our own `fm:` namespace, so other tools can ignore
// them. lib/exports/w3c-model-schemas holds the model's MUSTs that the tests check this against.
//
// The file must round-trip (export → import into another database → export gives the same bytes),
// so it holds nothing a database assigns: the article is named by the SHA-256 of its text, each
// annotation by a hash of what it marks, and no person's name appears (the JSON export has them).
import { createHash } from "node:crypto";
import { codePointOffsets, type CodePointOffsets } from "@/lib/anchoring/code-point-offsets";
import { KIND_LABELS, QUOTE_CHECK_LABELS, type AnnotationKind } from "@/lib/enums";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import { richTextToPlain } from "./rich-text";
import type { ReportFinding, ReportModel } from "./report-model";
import { toW3cPosition } from "./web-annotation-position";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const FM_NAMESPACE = "https://factmark.dev/ns/annotation#";
export const WEB_ANNOTATION_CONTEXT = [ANNO_CONTEXT, { fm: FM_NAMESPACE }] as const;

export type TextualBody = {
  type: "TextualBody";
  purpose: string;
  value: string;
  format: "text/plain";
  "fm:field"?: BodyField;
  "fm:code"?: string;
};
export type LinkBody = {
  type: "SpecificResource";
  source: string;
  purpose: "linking";
  "fm:stance": string;
  "fm:title"?: string;
  "fm:publisher"?: string;
  "fm:accessedOn"?: string;
  "fm:publishedOn"?: string;
  "fm:archiveUrl"?: string;
  "fm:excerpt"?: string;
};
export type BodyField = "verdict" | "quoteCheck" | "claimText" | "rationale" | "note" | "speaker" | "quoteOrigin" | "holder";

export type WebAnnotation = {
  id: string;
  type: "Annotation";
  motivation: string;
  created: string;
  modified: string;
  body: (TextualBody | LinkBody)[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
  "fm:restsOn"?: string[];
};

export type WebAnnotationCollection = {
  "@context": typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
};

export function articleIri(contentHash: string): string {
  return `urn:sha256:${contentHash}`;
}

/** An id from what the annotation marks (kind and span), numbered when two mark the same. */
function annotationIds(findings: readonly ReportFinding[]): Map<string, string> {
  const ids = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const f of findings) {
    const digest = createHash("sha256").update(`${f.kind}\u0000${f.start}\u0000${f.end}\u0000${f.exact}`).digest("hex").slice(0, 24);
    const n = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, n);
    ids.set(f.id, `urn:factmark:annotation:${digest}${n > 1 ? `-${n}` : ""}`);
  }
  return ids;
}

const MOTIVATION: Record<AnnotationKind, string> = { CLAIM: "assessing", QUOTE: "assessing", OPINION: "tagging" };

function text(purpose: string, field: BodyField, value: string | null, code?: string): TextualBody[] {
  if (!value) return [];
  return [{ type: "TextualBody", purpose, value, format: "text/plain", "fm:field": field, ...(code ? { "fm:code": code } : {}) }];
}

function toAnnotation(model: ReportModel, f: ReportFinding, ids: Map<string, string>, offsets: CodePointOffsets): WebAnnotation {
  const body: WebAnnotation["body"] = [
    { type: "TextualBody", purpose: "tagging", value: KIND_LABELS[f.kind].toLowerCase(), format: "text/plain" },
    ...(f.verdict ? text("assessing", "verdict", VERDICT_LABELS[f.verdict.rating], f.verdict.rating) : []),
    ...(f.quoteCheck ? text("assessing", "quoteCheck", QUOTE_CHECK_LABELS[f.quoteCheck], f.quoteCheck) : []),
    ...text("describing", "claimText", f.claimText),
    ...text("commenting", "rationale", richTextToPlain(f.verdict?.rationale ?? null)),
    ...text("identifying", "speaker", f.speaker),
    ...text("describing", "quoteOrigin", f.quoteOrigin),
    ...text("identifying", "holder", f.holder),
    ...text("commenting", "note", f.note),
    ...f.sources.map((s): LinkBody => ({
      type: "SpecificResource",
      source: s.url,
      purpose: "linking",
      "fm:stance": s.stance,
      ...(s.title ? { "fm:title": s.title } : {}),
      ...(s.publisher ? { "fm:publisher": s.publisher } : {}),
      ...(s.accessedOn ? { "fm:accessedOn": s.accessedOn } : {}),
      ...(s.publishedOn ? { "fm:publishedOn": s.publishedOn } : {}),
      ...(s.archiveUrl ? { "fm:archiveUrl": s.archiveUrl } : {}),
      ...(s.excerpt ? { "fm:excerpt": s.excerpt } : {}),
    })),
  ];
  const restsOn = f.restsOn.map((id) => ids.get(id)).filter((id) => id !== undefined);
  return {
    id: ids.get(f.id)!,
    type: "Annotation",
    motivation: MOTIVATION[f.kind],
    created: f.createdAt,
    modified: f.updatedAt,
    body,
    target: {
      source: articleIri(model.article.contentHash),
      selector: [
        { type: "TextQuoteSelector", exact: f.exact, prefix: f.prefix, suffix: f.suffix },
        { type: "TextPositionSelector", ...toW3cPosition(offsets, f) },
      ],
    },
    ...(restsOn.length ? { "fm:restsOn": restsOn } : {}),
  };
}

export function buildWebAnnotations(model: ReportModel): WebAnnotationCollection {
  const findings = model.findings;
  const ids = annotationIds(findings);
  const offsets = codePointOffsets(model.article.text);
  const id = `${articleIri(model.article.contentHash)}/annotations`;
  return {
    "@context": WEB_ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: model.article.title,
    total: findings.length,
    first: { id: `${id}/page1`, type: "AnnotationPage", startIndex: 0, items: findings.map((f) => toAnnotation(model, f, ids, offsets)) },
  };
}

export function renderWebAnnotations(model: ReportModel): Buffer {
  return Buffer.from(`${JSON.stringify(buildWebAnnotations(model), null, 2)}\n`, "utf8");
}

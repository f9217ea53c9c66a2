// Which uploaded annotations can be attached to the article, where, and with what: pure, so the
// use case only writes what this decides. Each annotation is placed by its selectors through
// lib/anchoring (position when the quote is still there, else by quote and context, else fuzzy);
// one that cannot be placed, or has no kind we know, is reported with the reason.
import { anchor, describeSpan } from "@/lib/anchoring";
import { codePointOffsets } from "@/lib/anchoring/code-point-offsets";
import {
  QUOTE_CHECKS,
  SOURCE_STANCES,
  VERDICT_RATINGS,
  type AnnotationKind,
  type QuoteCheck,
  type SourceStance,
  type VerdictRating,
} from "@/lib/enums";
import type { RichText } from "@/lib/validation/rich-text";
import type { ImportedAnnotation, ImportedBody } from "@/lib/validation/web-annotation";
import { fromW3cPosition } from "./web-annotation-position";

export type PlannedSource = {
  url: string;
  title: string | null;
  publisher: string | null;
  accessedOn: string | null;
  publishedOn: string | null;
  archiveUrl: string | null;
  excerpt: string | null;
  stance: SourceStance;
};

export type PlannedAnnotation = {
  /** The id in the file, to link opinions to claims and to report on. */
  fileId: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  method: "position" | "quote" | "fuzzy";
  claimText: string | null;
  speaker: string | null;
  quoteCheck: QuoteCheck | null;
  quoteOrigin: string | null;
  holder: string | null;
  note: string | null;
  verdict: { rating: VerdictRating; rationale: RichText | null } | null;
  sources: PlannedSource[];
  restsOnFileIds: string[];
  created: string | null;
  modified: string | null;
};

export type Unplaced = { fileId: string; exact: string | null; reason: string };
export type ImportPlan = { placed: PlannedAnnotation[]; unplaced: Unplaced[] };

const KINDS: Record<string, AnnotationKind> = { claim: "CLAIM", quote: "QUOTE", opinion: "OPINION" };

function field(bodies: readonly ImportedBody[], name: string): string | null {
  return bodies.find((b) => b["fm:field"] === name)?.value ?? null;
}

/** Plain text back into the rationale's rich text: one paragraph per line, as richTextToPlain wrote it. */
export function plainToRichText(text: string | null): RichText | null {
  if (!text) return null;
  return {
    type: "doc",
    content: text
      .split("\n")
      .map((line) => (line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" })),
  };
}

/**
 * A source's link: a SpecificResource's `source` (what we write), or the id of an External Web
 * Resource with purpose linking (what we wrote before, which the model does not allow, §3.3.5).
 */
function linkOf(body: ImportedBody): string | undefined {
  if (body.source !== undefined) return typeof body.source === "string" ? body.source : body.source.id;
  return body.id;
}

function kindOf(bodies: readonly ImportedBody[]): AnnotationKind | null {
  for (const b of bodies) if (b.purpose === "tagging" && b.value && KINDS[b.value.toLowerCase()]) return KINDS[b.value.toLowerCase()]!;
  return null;
}

function enumValue<T extends string>(values: readonly T[], value: string | undefined | null): T | null {
  return value && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function planWebAnnotationImport(text: string, annotations: readonly ImportedAnnotation[]): ImportPlan {
  const plan: ImportPlan = { placed: [], unplaced: [] };
  const offsets = codePointOffsets(text);
  annotations.forEach((a, index) => {
    const fileId = a.id ?? `#${index + 1}`;
    const bodies = a.body ?? [];
    const selectors = a.target.flatMap((t) => t.selector ?? []);
    const quote = selectors.find((s) => s.type === "TextQuoteSelector") as { exact: string; prefix: string; suffix: string } | undefined;
    const position = selectors.find((s) => s.type === "TextPositionSelector") as { start: number; end: number } | undefined;
    if (!quote) return plan.unplaced.push({ fileId, exact: null, reason: "It has no TextQuoteSelector to place it by." });
    const kind = kindOf(bodies);
    if (!kind) return plan.unplaced.push({ fileId, exact: quote.exact, reason: "It has no tagging body saying claim, quote or opinion." });
    const quoteSelector = { type: "TextQuoteSelector", ...quote } as const;
    const span = position && fromW3cPosition(text, offsets, position, quoteSelector);
    const placed = anchor(text, { quote: quoteSelector, ...(span ? { position: { type: "TextPositionSelector", ...span } } : {}) });
    if (!placed) return plan.unplaced.push({ fileId, exact: quote.exact, reason: "Its quote is not in this article's text." });
    const described = describeSpan(text, placed.start, placed.end);
    const rating = enumValue(VERDICT_RATINGS, bodies.find((b) => b["fm:field"] === "verdict")?.["fm:code"]);
    plan.placed.push({
      fileId,
      kind,
      start: described.position.start,
      end: described.position.end,
      exact: described.quote.exact,
      prefix: described.quote.prefix,
      suffix: described.quote.suffix,
      method: placed.method,
      claimText: field(bodies, "claimText"),
      speaker: field(bodies, "speaker"),
      quoteCheck: enumValue(QUOTE_CHECKS, bodies.find((b) => b["fm:field"] === "quoteCheck")?.["fm:code"]),
      quoteOrigin: field(bodies, "quoteOrigin"),
      holder: field(bodies, "holder"),
      note: field(bodies, "note"),
      verdict: rating ? { rating, rationale: plainToRichText(field(bodies, "rationale")) } : null,
      sources: bodies
        .filter((b) => b.purpose === "linking" && linkOf(b))
        .map((b) => ({
          url: linkOf(b)!,
          title: b["fm:title"] ?? null,
          publisher: b["fm:publisher"] ?? null,
          accessedOn: b["fm:accessedOn"] ?? null,
          publishedOn: b["fm:publishedOn"] ?? null,
          archiveUrl: b["fm:archiveUrl"] ?? null,
          excerpt: b["fm:excerpt"] ?? null,
          stance: enumValue(SOURCE_STANCES, b["fm:stance"]) ?? "CONTEXT",
        })),
      restsOnFileIds: a["fm:restsOn"] ?? [],
      created: a.created ?? null,
      modified: a.modified ?? null,
    });
  });
  return plan;
}

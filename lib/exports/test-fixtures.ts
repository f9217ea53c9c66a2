// Report models for the format tests: a plain one, and one with hostile content in every field
// (markup, spreadsheet formula prefixes, bidi controls, emoji, non-Latin scripts).
import { describeSpan } from "@/lib/anchoring";
import { REPORT_SCHEMA_VERSION, type ReportFinding, type ReportModel } from "./report-model";

export const HOSTILE = {
  html: `<script>alert("x")</script><img src=x onerror=alert(1)>`,
  formula: `=HYPERLINK("http://evil.example","click")`,
  plus: "+1 555 0100",
  minus: "-2+3",
  at: "@SUM(A1:A2)",
  tab: "\tleading tab",
  cr: "\rleading return",
  rtl: "\u202Eevil\u202C and \u200Fمرحبا\u200E",
  emoji: "🤥 Pants on fire 🔥",
  scripts: "Ελληνικά, Русский, العربية, Français à l’été £5 “quoted”",
};

const TEXT = [
  `The minister said unemployment fell to 4.1 per cent last year, and that “£3bn was saved”.`,
  `Critics in Αθήνα and Москва called it <b>a mirage</b> =1+1 🤥, and العربية readers agreed.`,
  `“This policy is a mistake,” said Dr Khan.`,
].join("\n\n");

function span(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in the fixture text.`);
  const { position, quote } = describeSpan(text, start, start + phrase.length);
  return { start: position.start, end: position.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
}

function finding(overrides: Partial<ReportFinding> & Pick<ReportFinding, "id" | "kind" | "start" | "end" | "exact">): ReportFinding {
  return {
    status: "APPROVED",
    prefix: "",
    suffix: "",
    orphaned: false,
    claimText: null,
    speaker: null,
    quoteCheck: null,
    quoteOrigin: null,
    holder: null,
    note: null,
    verdict: null,
    sources: [],
    restsOn: [],
    author: "Rita Reviewer",
    version: 3,
    createdAt: "2026-11-01T09:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
    reviews: [{ outcome: "APPROVED", reason: null, version: 3, reviewer: "Eddie Editor", at: "2026-11-01T11:00:00.000Z" }],
    ...overrides,
  };
}

export function plainModel(overrides: Partial<ReportModel> = {}): ReportModel {
  const text = TEXT;
  const claim = finding({
    id: "claim1",
    kind: "CLAIM",
    ...span(text, "unemployment fell to 4.1 per cent last year"),
    claimText: "Unemployment fell to 4.1 per cent in 2025.",
    verdict: {
      rating: "MOSTLY_TRUE",
      rationale: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "The ONS figure was " },
              { type: "text", text: "4.2", marks: [{ type: "bold" }] },
            ],
          },
          {
            type: "bulletList",
            content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Rounded" }] }] }],
          },
        ],
      },
    },
    sources: [
      {
        url: "https://www.ons.gov.uk/labour",
        title: "Labour market overview",
        publisher: "ONS",
        accessedOn: "2026-11-01",
        publishedOn: null,
        archiveUrl: "https://web.archive.org/web/2026/https://www.ons.gov.uk/labour",
        excerpt: "4.2 per cent",
        stance: "SUPPORTS",
      },
      {
        url: "https://example.org/b",
        title: null,
        publisher: null,
        accessedOn: null,
        publishedOn: null,
        archiveUrl: null,
        excerpt: null,
        stance: "CONTEXT",
      },
    ],
  });
  const unverifiable = finding({
    id: "claim2",
    kind: "CLAIM",
    ...span(text, "£3bn was saved"),
    claimText: "£3bn was saved.",
    verdict: { rating: "UNVERIFIABLE", rationale: null },
  });
  const quote = finding({
    id: "quote1",
    kind: "QUOTE",
    ...span(text, "This policy is a mistake"),
    speaker: "Dr Khan",
    quoteCheck: "VERIFIED",
    quoteOrigin: "https://example.org/interview",
  });
  const opinion = finding({ id: "opinion1", kind: "OPINION", ...span(text, "a mirage"), holder: "Critics", restsOn: ["claim1"] });
  const signOff = {
    by: "Eddie Editor",
    at: "2026-11-02T12:00:00.000Z",
    revision: 2,
    chainHead: "f".repeat(64),
    covered: 4,
    nothingCheckWorthy: null,
    reopened: null,
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    organisation: { name: "Factmark Desk", url: "https://factmark.example" },
    article: {
      id: "article1",
      title: "Unemployment claims",
      byline: "A. Writer",
      publisher: "The Paper",
      sourceUrl: "https://news.example/story",
      publishedOn: "2026-10-30",
      language: "en",
      revision: 2,
      status: "SIGNED_OFF",
      text,
      contentHash: "a".repeat(64),
      importedAt: "2026-10-31T08:00:00.000Z",
      importedBy: "Rita Reviewer",
    },
    findings: [claim, unverifiable, opinion, quote].sort((a, b) => a.start - b.start),
    signOff,
    signOffs: [signOff],
    revisions: [
      { revision: 1, at: "2026-10-31T08:00:00.000Z", by: "Rita Reviewer", change: "Imported." },
      { revision: 2, at: "2026-11-01T08:00:00.000Z", by: "Eddie Editor", change: "Replaced “2” with “3”." },
    ],
    publicUrl: "https://factmark.example/r/token123",
    asOf: "2026-11-02T12:00:00.000Z",
    ...overrides,
  };
}

/**
 * Text where the W3C positions (Unicode code points) and the app's offsets (UTF-16 code units)
 * part: emoji (one with a skin tone, a ZWJ family, a flag) and a mathematical letter outside the
 * Basic Multilingual Plane sit before every span; £ and the curly quotes are one unit either way.
 */
export const EMOJI_TEXT =
  "🤥 The minister 👨‍👩‍👧 said 🇬🇧 families saved £300 a year 👍🏽.\n\nCritics 😀 called it 𝒳 nonsense, and “🔥 it is false”.";

/** The plain model's claim, opinion and quote moved onto EMOJI_TEXT. */
export function emojiModel(): ReportModel {
  const base = plainModel();
  const moved = (id: string, phrase: string) => ({ ...base.findings.find((f) => f.id === id)!, ...span(EMOJI_TEXT, phrase) });
  return {
    ...base,
    article: { ...base.article, text: EMOJI_TEXT },
    findings: [moved("claim1", "families saved £300 a year"), moved("opinion1", "nonsense"), moved("quote1", "it is false")],
  };
}

/** Every free-text field set to something hostile. */
export function hostileModel(): ReportModel {
  const model = plainModel();
  const h = Object.values(HOSTILE);
  let i = 0;
  const next = () => h[i++ % h.length]!;
  return {
    ...model,
    article: { ...model.article, title: `${HOSTILE.html} ${HOSTILE.emoji}`, byline: HOSTILE.formula, publisher: HOSTILE.rtl },
    findings: model.findings.map((f) => ({
      ...f,
      claimText: f.kind === "CLAIM" ? `${next()} ${HOSTILE.scripts}` : f.claimText,
      speaker: f.kind === "QUOTE" ? HOSTILE.formula : f.speaker,
      holder: f.kind === "OPINION" ? HOSTILE.at : f.holder,
      note: next(),
      author: next(),
      verdict: f.verdict && {
        rating: f.verdict.rating,
        rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `${HOSTILE.html} ${HOSTILE.emoji}` }] }] },
      },
      sources: f.sources.map((s) => ({ ...s, title: HOSTILE.minus, publisher: HOSTILE.tab, excerpt: HOSTILE.cr })),
    })),
  };
}

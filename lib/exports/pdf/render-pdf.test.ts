import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractText, getDocumentProxy } from "unpdf";
import { passageOf } from "../passage";
import { hostileModel, plainModel } from "../test-fixtures";
import { renderPdf } from "./render-pdf";
import { EMOJI_PLACEHOLDER, textRuns } from "./text-runs";
import type { ReportModel } from "../report-model";

async function pages(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  return (await extractText(pdf, { mergePages: false })).text as string[];
}

describe("PDF report", () => {
  it("is a PDF whose text can be extracted: the claims, verdicts, sources and the chain head", async () => {
    const bytes = await renderPdf(plainModel());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = (await pages(bytes)).join("\n");
    expect(text).toContain("Unemployment fell to 4.1 per cent in 2025.");
    expect(text).toContain("£3bn was saved.");
    expect(text).toContain("Mostly true");
    expect(text).toContain("Labour market overview");
    expect(text).toContain("f".repeat(64));
    expect(text).not.toContain("DRAFT");
  });

  it("marks every page DRAFT before sign-off", { timeout: 60_000 }, async () => {
    const model = plainModel({ signOff: null, signOffs: [] });
    // Enough findings for several pages.
    const many = Array.from({ length: 12 }, (_, i) => model.findings.map((f) => ({ ...f, id: `${f.id}-${i}` }))).flat();
    const all = await pages(await renderPdf({ ...model, findings: many }));
    expect(all.length).toBeGreaterThan(2);
    for (const page of all) expect(page).toContain("DRAFT — not signed off");
  });

  it("renders £, curly quotes, accents, Greek, Cyrillic, emoji and hostile markup as text in embedded fonts", async () => {
    const bytes = await renderPdf(hostileModel());
    const text = (await pages(bytes)).join("\n");
    expect(text).toContain("Ελληνικά, Русский");
    expect(text).toContain("Français à l’été £5 “quoted”");
    expect(text).toContain("🤥 Pants on fire 🔥");
    expect(text).toContain('<script>alert("x")</script>');
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toContain("NotoSans-Regular");
    expect(raw).toContain("NotoSansArabic");
  });

  it("draws Chinese, Japanese, Korean, Hebrew, Arabic, Devanagari and emoji in their own embedded fonts, as extractable text", async () => {
    const lines = {
      chinese: "失业率下降到百分之四点一。",
      japanese: "日本語のテキスト、ひらがなとカタカナ。",
      korean: "실업률이 4.1%로 떨어졌다.",
      hebrew: "שיעור האבטלה ירד ל-4.1 אחוז בשנת 2025.",
      arabic: "قال الوزير مرحبا بك في عام 2025",
      devanagari: "बेरोज़गारी दर 2025 में गिर गई",
      emoji: "Fact check 👩‍👩‍👧 🇬🇧 done",
    };
    const model = plainModel();
    const claim = model.findings.find((f) => f.id === "claim1")!;
    const rationale: ReportModel["findings"][number]["verdict"] = {
      rating: "FALSE",
      rationale: { type: "doc", content: Object.values(lines).map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) },
    };
    const bytes = await renderPdf({ ...model, findings: model.findings.map((f) => (f === claim ? { ...f, verdict: rationale } : f)) });
    const text = (await pages(bytes)).join("\n");
    for (const line of [lines.chinese, lines.japanese, lines.korean, lines.hebrew, lines.emoji]) expect(text).toContain(line);
    // Shaped scripts come back from their glyphs: joined Arabic letters and reordered Devanagari
    // vowel signs do not all map back one to one (README), so check words that do.
    expect(text).toContain("عام 2025");
    expect(text).toContain("बेरोज़गारी दर 2025");
    const raw = bytes.toString("latin1");
    for (const font of [
      "NotoSansHans-Regular",
      "NotoSansKR-Regular",
      "NotoSansHebrew-Regular",
      "NotoSansArabic-Regular",
      "NotoSansDevanagari-Regular",
      "NotoEmoji-Regular",
    ])
      expect(raw).toMatch(new RegExp(`/FontName /[A-Z]{6}\\+${font}`));
    expect(raw).not.toContain("NotoSansHans-Bold");
  });

  it(
    "never ends a page with a finding's header: the header always has its passage below it on the same page",
    { timeout: 60_000 },
    async () => {
      const model = plainModel();
      const claim = model.findings.find((f) => f.id === "claim1")!;
      // Rationales of growing length move each header to a different height on the page.
      const findings = Array.from({ length: 40 }, (_, i) => ({
        ...claim,
        id: `c${i}`,
        claimText: `Header ${i} of a finding`,
        verdict: {
          rating: claim.verdict!.rating,
          rationale: {
            type: "doc" as const,
            content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Reason. ".repeat(1 + i * 7) }] }],
          },
        },
      }));
      const passage = passageOf(claim);
      const passageStart = `${passage.cutBefore ? "…" : ""}${passage.before}${passage.exact}`;
      const all = await pages(await renderPdf({ ...model, findings }));
      expect(all.length).toBeGreaterThan(5);
      let headers = 0;
      for (const page of all) {
        const lines = page.split("\n").filter((line) => line.trim() && !/^Factmark Desk · \d+ \/ \d+$/.test(line));
        lines.forEach((line, i) => {
          if (!/^\d+\. Claim: Header \d+ of a finding$/.test(line)) return;
          headers++;
          expect(lines[i + 1]?.slice(0, 12), `the line after “${line}”`).toBe(passageStart.slice(0, 12));
        });
      }
      expect(headers).toBe(40);
    },
  );

  it("gives a whole PDF for any text in any field", { timeout: 60_000 }, async () => {
    const model = plainModel();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: "binary", maxLength: 120 }), { minLength: 4, maxLength: 4 }),
        async ([title, claim, rationale, note]) => {
          const findings = model.findings.map((f) => ({
            ...f,
            claimText: claim!,
            note: note!,
            verdict: f.verdict && {
              ...f.verdict,
              rationale: {
                type: "doc" as const,
                content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: rationale! || "-" }] }],
              },
            },
          }));
          const bytes = await renderPdf({ ...model, article: { ...model.article, title: title! }, findings });
          expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
          expect(bytes.subarray(-6).toString()).toMatch(/%%EOF\s*$/);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("is byte-identical for the same data", async () => {
    const [a, b] = await Promise.all([renderPdf(hostileModel()), renderPdf(hostileModel())]);
    expect(a.equals(b)).toBe(true);
  });
});

describe("textRuns", () => {
  it("splits by the font that has the characters, keeping spaces, digits and bidi marks with their run", () => {
    expect(textRuns("Hello مرحبا بك world 🤥\u202E!")).toEqual([
      { script: "latin", text: "Hello " },
      { script: "arabic", text: "مرحبا بك " },
      { script: "latin", text: "world " },
      { script: "emoji", text: "🤥" },
      { script: "latin", text: "\u202E!" },
    ]);
    expect(textRuns("中文 한국어 עברית 2025 हिन्दी")).toEqual([
      { script: "cjk", text: "中文 " },
      { script: "hangul", text: "한국어 " },
      { script: "hebrew", text: "עברית 2025 " },
      { script: "devanagari", text: "हिन्दी" },
    ]);
    expect(textRuns("👩‍👩‍👧 family")).toEqual([
      { script: "emoji", text: "👩‍👩‍👧" },
      { script: "latin", text: " family" },
    ]);
  });

  it("keeps © and ™ as text, and gives an emoji the emoji font lacks the placeholder", () => {
    expect(textRuns("© 2026 Factmark™")).toEqual([{ script: "latin", text: "© 2026 Factmark™" }]);
    // U+1FC00 is reserved for future emoji, so no font has it yet.
    expect(textRuns("tired \u{1FC00}\uFE0F")).toEqual([{ script: "latin", text: `tired ${EMOJI_PLACEHOLDER}` }]);
  });
});

import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { hostileModel, plainModel } from "../test-fixtures";
import { renderPdf } from "./render-pdf";
import { EMOJI_PLACEHOLDER, textRuns } from "./text-runs";

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

  it("renders £, curly quotes, accents, Greek, Cyrillic and Arabic in embedded fonts, and emoji as the placeholder", async () => {
    const bytes = await renderPdf(hostileModel());
    const text = (await pages(bytes)).join("\n");
    expect(text).toContain("Ελληνικά, Русский");
    expect(text).toContain("Français à l’été £5 “quoted”");
    expect(text).toContain(`${EMOJI_PLACEHOLDER} Pants on fire ${EMOJI_PLACEHOLDER}`);
    expect(text).toContain('<script>alert("x")</script>');
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toContain("NotoSans-Regular");
    expect(raw).toContain("NotoSansArabic");
  });

  it("is byte-identical for the same data", async () => {
    const [a, b] = await Promise.all([renderPdf(hostileModel()), renderPdf(hostileModel())]);
    expect(a.equals(b)).toBe(true);
  });
});

describe("textRuns", () => {
  it("splits by script, keeps spaces with the run, and never lets an emoji or bidi mark through", () => {
    expect(textRuns("Hello مرحبا بك world 🤥\u202E!")).toEqual([
      { script: "latin", text: "Hello " },
      { script: "arabic", text: "مرحبا بك " },
      { script: "latin", text: `world ${EMOJI_PLACEHOLDER}!` },
    ]);
    expect(textRuns("👩‍👩‍👧 family")).toEqual([{ script: "latin", text: `${EMOJI_PLACEHOLDER} family` }]);
  });
});

// The fonts embedded in the PDF, shipped by npm packages (SIL Open Font License): `npm install`
// alone provides them, no system fonts. One font per script, chosen per run of text
// (text-runs.ts); only the glyphs used are embedded (PDFKit subsets every font).
//
// Chinese and Korean come from @embedpdf/fonts-sc and -kr (Noto Sans CJK as OpenType/CFF, five and
// seven weights: 74 MB) rather than @expo-google-fonts/noto-sans-sc and -kr (nine weights: 147 MB).
// No package ships the one or two weights used alone; Fontsource's unicode-range slices are
// smaller but cover under half of the Han characters these do (no Extension A), and fontkit cannot
// subset their WOFF2 variable files for PDFKit.
//
// Each file is read and parsed once per process and the parsed font is shared by every document:
// decoding a font's tables is the expensive part of drawing text, and a document that opened its
// fonts itself paid it again for every report (and, through PDFKit's font cache, again on a switch
// back to a face it already had).
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

export type PdfFontFace = "regular" | "bold" | "italic";
export type Script = "latin" | "arabic" | "hebrew" | "devanagari" | "cjk" | "hangul" | "emoji";

type FontFile = { key: string; file: string };
const file = (key: string, file: string): FontFile => ({ key, file });

const NOTO_SANS = "@expo-google-fonts/noto-sans";
const ARABIC = file("NotoSansArabic-Regular", "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf");
const HEBREW = file("NotoSansHebrew-Regular", "@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf");
const DEVANAGARI = file(
  "NotoSansDevanagari-Regular",
  "@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf",
);
const CJK = file("NotoSansHans-Regular", "@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf");
const HANGUL = file("NotoSansKR-Regular", "@embedpdf/fonts-kr/fonts/NotoSansKR-Regular.otf");
const EMOJI = file("NotoEmoji-Regular", "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf");

// Scripts without an italic use their upright face; the emoji font has one (monochrome) face.
const FONT_FILES: Record<Script, Record<PdfFontFace, FontFile>> = {
  latin: {
    regular: file("NotoSans-Regular", `${NOTO_SANS}/400Regular/NotoSans_400Regular.ttf`),
    bold: file("NotoSans-Bold", `${NOTO_SANS}/700Bold/NotoSans_700Bold.ttf`),
    italic: file("NotoSans-Italic", `${NOTO_SANS}/400Regular_Italic/NotoSans_400Regular_Italic.ttf`),
  },
  arabic: {
    regular: ARABIC,
    bold: file("NotoSansArabic-Bold", "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"),
    italic: ARABIC,
  },
  hebrew: {
    regular: HEBREW,
    bold: file("NotoSansHebrew-Bold", "@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf"),
    italic: HEBREW,
  },
  devanagari: {
    regular: DEVANAGARI,
    bold: file("NotoSansDevanagari-Bold", "@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf"),
    italic: DEVANAGARI,
  },
  cjk: { regular: CJK, bold: file("NotoSansHans-Bold", "@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf"), italic: CJK },
  hangul: { regular: HANGUL, bold: file("NotoSansKR-Bold", "@embedpdf/fonts-kr/fonts/NotoSansKR-Bold.otf"), italic: HANGUL },
  emoji: { regular: EMOJI, bold: EMOJI, italic: EMOJI },
};

export const SCRIPTS = Object.keys(FONT_FILES) as Script[];

/** Every font file the PDF may open, as a path inside node_modules. */
export const FONT_PATHS = [...new Set(Object.values(FONT_FILES).flatMap((faces) => Object.values(faces).map(({ file }) => file)))];

const parsed = new Map<string, fontkit.Font>();

/** The parsed font for a script and face, loaded on first use (the CJK font only when CJK text appears). */
export function loadFont(script: Script, face: PdfFontFace = "regular"): { key: string; font: fontkit.Font } {
  const { key, file } = FONT_FILES[script][face];
  let font = parsed.get(key);
  if (!font) {
    // Resolved from the project's node_modules at run time (the app and the tests both run from
    // the project root), so the bundler never copies the fonts into the server build.
    const opened = fontkit.create(readFileSync(path.join(process.cwd(), "node_modules", file)));
    if (!("layout" in opened)) throw new Error(`${file} is a font collection, not a font.`);
    font = opened;
    parsed.set(key, font);
  }
  return { key, font };
}

/** Whether the script's font draws this code point (its regular face: the faces share coverage). */
export function covers(script: Script, codePoint: number): boolean {
  return loadFont(script).font.hasGlyphForCodePoint(codePoint);
}

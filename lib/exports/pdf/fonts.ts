// The fonts embedded in every PDF, shipped by npm packages (@expo-google-fonts/noto-sans and
// noto-sans-arabic, SIL Open Font License): `npm install` alone provides them, no system fonts.
import path from "node:path";
import type { PdfFontFace, Script } from "./text-runs";

const FONT_FILES: Record<Script, Record<PdfFontFace, string>> = {
  latin: {
    regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
    italic: "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  },
  arabic: {
    regular: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
    // Arabic has no italic: the upright face is used.
    italic: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  },
};

// Resolved from the project's node_modules at run time (the app and the tests both run from the
// project root), so the bundler never copies 17 MB of fonts into the server build.
export function fontPath(script: Script, face: PdfFontFace): string {
  return path.join(process.cwd(), "node_modules", FONT_FILES[script][face]);
}

export function fontName(script: Script, face: PdfFontFace): string {
  return `${script}-${face}`;
}

export const FONT_SCRIPTS: Script[] = ["latin", "arabic"];
export const FONT_FACES: PdfFontFace[] = ["regular", "bold", "italic"];

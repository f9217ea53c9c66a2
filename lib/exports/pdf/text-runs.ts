// PDF text goes through embedded fonts that each cover some scripts: Noto Sans (Latin, Greek,
// Cyrillic, and £, curly quotes, accents) and Noto Sans Arabic. A string is split into runs by the
// font that has its characters. Emoji have no font here: each becomes the documented placeholder
// EMOJI_PLACEHOLDER, and bidi control marks (which the PDF cannot apply) are dropped, so no
// character ever reaches a font that lacks it and the file never breaks.

export type PdfFontFace = "regular" | "bold" | "italic";
export type Script = "latin" | "arabic";
export type TextRun = { script: Script; text: string };

export const EMOJI_PLACEHOLDER = "[emoji]";

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*/gu;
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFE0F]/g;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
// Neutral characters (spaces, punctuation, digits) stay in the run they are in, so a phrase in
// Arabic keeps its spaces.
const NEUTRAL = /[\s\d.,:;!?'"()\-–—/]/;

export function pdfSafeText(text: string): string {
  return text.replace(EMOJI, EMOJI_PLACEHOLDER).replace(BIDI_CONTROLS, "");
}

export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const char of pdfSafeText(text)) {
    const last = runs.at(-1);
    const script: Script = ARABIC.test(char) ? "arabic" : "latin";
    if (last && (last.script === script || NEUTRAL.test(char))) last.text += char;
    else runs.push({ script, text: char });
  }
  return runs;
}

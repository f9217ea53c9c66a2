// PDF text is drawn in embedded fonts that each cover some scripts (fonts.ts). A string is split
// into runs by the font that draws its characters: Latin, Greek and Cyrillic (Noto Sans), Arabic,
// Hebrew, Devanagari, Chinese and Japanese (Noto Sans SC), Korean (Noto Sans KR) and emoji (Noto
// Emoji, monochrome).
// Neutral characters (spaces, punctuation, digits, combining marks) stay in the run they are in
// when its font has them, so a phrase keeps its spaces and an Arabic number stays Arabic.
// A character no font has (Thai, Tamil, …) is drawn by the Latin font as its missing-glyph box;
// an emoji the emoji font lacks becomes EMOJI_PLACEHOLDER. Bidi controls are kept here (the
// layout needs them to order right-to-left text) and never drawn.
import { covers, type Script } from "./fonts";

export type TextRun = { script: Script; text: string };

export const EMOJI_PLACEHOLDER = "[emoji]";

const EMOJI =
  /\p{Regional_Indicator}{2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;
const MAYBE_EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const SCRIPT_PATTERNS: [Script, RegExp][] = [
  ["arabic", /\p{Script=Arabic}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["devanagari", /[\p{Script=Devanagari}\u0964\u0965]/u],
  ["hangul", /[\p{Script=Hangul}]/u],
  ["cjk", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u],
];
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const FALLBACK_ORDER: Script[] = ["latin", "cjk", "hangul", "arabic", "hebrew", "devanagari", "emoji"];
// Text the Latin font draws whole: ASCII, Latin-1, Latin Extended, combining accents, general
// punctuation (curly quotes, dashes) and currency signs. Most reports are only that.
const LATIN_ONLY = /^[\u0000-\u036F\u2000-\u206F\u20A0-\u20C0]*$/;

function scriptOf(char: string): Script | "neutral" {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return /[A-Za-z]/.test(char) ? "latin" : "neutral";
  if (code < 0x0370 && !NEUTRAL.test(char)) return "latin";
  for (const [script, pattern] of SCRIPT_PATTERNS) if (pattern.test(char)) return script;
  return NEUTRAL.test(char) ? "neutral" : "latin";
}

function fontFor(preferred: Script, char: string): Script {
  const code = char.codePointAt(0)!;
  if (covers(preferred, code)) return preferred;
  return FALLBACK_ORDER.find((script) => covers(script, code)) ?? preferred;
}

function pushRun(runs: TextRun[], script: Script, text: string) {
  const last = runs.at(-1);
  if (last && last.script === script) last.text += text;
  else runs.push({ script, text });
}

function charRuns(runs: TextRun[], text: string) {
  for (const char of text) {
    const last = runs.at(-1);
    const script = scriptOf(char);
    if (script === "neutral") {
      const code = char.codePointAt(0)!;
      // Bidi controls and joiners draw nothing: they ride along with whatever run they are in.
      if (
        last &&
        last.script !== "emoji" &&
        (code < 0x80 || /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C]/.test(char) || covers(last.script, code))
      )
        last.text += char;
      else pushRun(runs, fontFor("latin", char), char);
    } else pushRun(runs, fontFor(script, char), char);
  }
}

export function textRuns(text: string): TextRun[] {
  if (text.length === 0) return [];
  if (LATIN_ONLY.test(text)) return [{ script: "latin", text }];
  const runs: TextRun[] = [];
  if (!MAYBE_EMOJI.test(text)) {
    charRuns(runs, text);
    return runs;
  }
  let at = 0;
  for (const match of text.matchAll(EMOJI)) {
    charRuns(runs, text.slice(at, match.index));
    const emoji = match[0];
    if (covers("emoji", emoji.codePointAt(0)!)) pushRun(runs, "emoji", emoji);
    else charRuns(runs, EMOJI_PLACEHOLDER);
    at = match.index + emoji.length;
  }
  charRuns(runs, text.slice(at));
  return runs;
}

import type { FieldCounts } from "./bm25f";

/**
 * Reads PostgreSQL's text output of a search vector (`'lexeme':1A,5B 'it''s':3 'bare'`) into what
 * BM25F needs: the length of the claim (weight A) and headline (B) fields, and the frequency in
 * each of the lexemes asked about. One pass over the characters with no object per position:
 * ranking reads hundreds of vectors per question, and this was most of its time.
 */
export function readFieldCounts(text: string, wanted: ReadonlySet<string>): FieldCounts {
  const counts: FieldCounts = { claim: new Map(), headline: new Map(), claimLength: 0, headlineLength: 0 };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("'", i);
    if (open < 0) break;
    // The lexeme: quotes doubled and backslashes escaped inside.
    let lexeme = "";
    let j = open + 1;
    for (; j < text.length; j++) {
      const ch = text[j];
      if (ch === "\\") {
        lexeme += text[++j] ?? "";
      } else if (ch === "'") {
        if (text[j + 1] === "'") {
          lexeme += "'";
          j++;
        } else break;
      } else lexeme += ch;
    }
    i = j + 1;
    if (text[i] !== ":") continue;
    // Positions until the next space: digits, each with an optional weight letter (none is D).
    let inClaim = 0;
    let inHeadline = 0;
    for (i++; i < text.length && text[i] !== " "; i++) {
      const ch = text[i];
      if (ch === "A") inClaim++;
      else if (ch === "B") inHeadline++;
    }
    counts.claimLength += inClaim;
    counts.headlineLength += inHeadline;
    if (wanted.has(lexeme)) {
      if (inClaim) counts.claim.set(lexeme, inClaim);
      if (inHeadline) counts.headline.set(lexeme, inHeadline);
    }
  }
  return counts;
}

/** One lexeme of a tsvector: where it stands and in which field (weight A, B, C or D). */
export type VectorEntry = { lexeme: string; positions: { position: number; weight: "A" | "B" | "C" | "D" }[] };

// PostgreSQL's text form: 'lexeme':1A,5B 'it''s':3 'bare'. Weight D is written by leaving it out.
const ENTRY = /'((?:[^']|'')*)'(?::([0-9A-D,]+))?/g;

/** Parses PostgreSQL's text output of a tsvector, as `"searchVector"::text` answers it. */
export function parseTsvectorText(text: string): VectorEntry[] {
  const entries: VectorEntry[] = [];
  for (const match of text.matchAll(ENTRY)) {
    const lexeme = (match[1] ?? "").replace(/''/g, "'").replace(/\\(.)/g, "$1");
    const positions = (match[2] ?? "")
      .split(",")
      .filter(Boolean)
      .map((part) => ({ position: Number.parseInt(part, 10), weight: weightOf(part) }));
    entries.push({ lexeme, positions });
  }
  return entries;
}

function weightOf(position: string): VectorEntry["positions"][number]["weight"] {
  const last = position.at(-1);
  return last === "A" || last === "B" || last === "C" ? last : "D";
}

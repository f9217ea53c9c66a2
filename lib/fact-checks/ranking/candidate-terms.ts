/** How many library rows one query may pull from the index to score: its rarest terms' postings. */
export const CANDIDATE_BUDGET = 1_000;

/**
 * The query terms whose rows are scored: rarest first, until their document counts reach the
 * budget (always at least one). A row that shares only common words with the query cannot
 * outrank one that shares a rare word, and on the train split a budget of 600 rows already
 * found every top-five result that scoring all matching rows found.
 */
export function chooseCandidateTerms(terms: readonly { lexeme: string; documents: number }[], budget = CANDIDATE_BUDGET): string[] {
  const known = terms.filter((term) => term.documents > 0).toSorted((a, b) => a.documents - b.documents || (a.lexeme < b.lexeme ? -1 : 1));
  const chosen: string[] = [];
  let rows = 0;
  for (const term of known) {
    if (chosen.length > 0 && rows + term.documents > budget) break;
    chosen.push(term.lexeme);
    rows += term.documents;
  }
  return chosen;
}

/** A tsquery of the lexemes as they are (no second normalisation), any of them matching. */
export function anyLexemeQuery(lexemes: readonly string[]): string {
  return lexemes.map((lexeme) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`).join(" | ");
}

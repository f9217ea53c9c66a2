// Token precision and recall of an extracted text against the expected one: words compared as
// multisets (lower-cased, punctuation dropped), so order and layout do not count, repetition does.
// Precision: share of the imported words that are article words (1 − boilerplate share).
// Recall: share of the article's words that were imported.

export function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFC")
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []
  );
}

export function tokenScores(extracted: string, expected: string): { precision: number; recall: number } {
  const wanted = new Map<string, number>();
  for (const token of tokens(expected)) wanted.set(token, (wanted.get(token) ?? 0) + 1);
  const got = tokens(extracted);
  let matched = 0;
  for (const token of got) {
    const left = wanted.get(token) ?? 0;
    if (left > 0) {
      matched++;
      wanted.set(token, left - 1);
    }
  }
  const expectedCount = tokens(expected).length;
  return { precision: got.length ? matched / got.length : 0, recall: expectedCount ? matched / expectedCount : 1 };
}

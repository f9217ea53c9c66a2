// Word counts for the extraction rules: runs of letters and digits, so punctuation, bullets and
// separators ("·", "|", "›") count for nothing.
const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Paragraphs of at least this many words read as prose; shorter ones are labels, headings, datelines. */
export const PROSE_PARAGRAPH_WORDS = 6;

/** Words in the prose paragraphs of a canonical text ("\n\n" between paragraphs). */
export function countProseWords(text: string): number {
  return text
    .split("\n\n")
    .map(countWords)
    .filter((words) => words >= PROSE_PARAGRAPH_WORDS)
    .reduce((sum, words) => sum + words, 0);
}

/** Longest text asked about: a claim or a pasted post, never a whole article. */
export const MAX_QUERY_CHARACTERS = 5_000;

const TAG_OR_HANDLE = /[#@]([\p{L}\p{N}_]+)/gu;
const WORD_BOUNDARY_IN_TAG = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|_/gu;

/**
 * The text as the ranking reads it. Posts pasted from social media run words together in hashtags
 * and handles (#AustralianFires, @realDonaldTrump), which the parser would keep as one unknown
 * word: they are split at their case changes, so they match the claim's own words.
 */
export function prepareQueryText(text: string): string {
  return text.slice(0, MAX_QUERY_CHARACTERS).replace(TAG_OR_HANDLE, (_, word: string) => ` ${word.replace(WORD_BOUNDARY_IN_TAG, " ")} `);
}

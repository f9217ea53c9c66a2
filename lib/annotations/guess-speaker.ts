// Reporting verbs that introduce or follow a quote in news copy.
const VERBS =
  "said|says|told|added|adds|warned|claimed|argued|insisted|wrote|stated|declared|explained|tweeted|posted|replied|responded|asked";
const NAME =
  "(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev)\\.?\\s+)?[A-Z][\\p{L}’'.-]+(?:\\s+(?:[A-Z][\\p{L}’'.-]+|de|van|von|al)){0,3}";

// The span may or may not include the quotation marks, so an opening mark may end `before`.
const OPENING = `\\s*[“‘"']?`;
const BEFORE = new RegExp(`(${NAME})(?:,[^,.]{0,60},)?\\s+(?:${VERBS})(?:\\s+[\\p{Ll}\\s]{0,40})?\\s*[:,]?${OPENING}$`, "u");
const BEFORE_APPOSITION = new RegExp(`,\\s*(${NAME}),\\s+(?:${VERBS})\\s*[:,]?${OPENING}$`, "u");
// After the quote only a comma may come between it and the attribution: a full stop starts a
// new sentence, whose subject ("Critics said…") is not the speaker.
const AFTER_VERB_NAME = new RegExp(`^[,]?[”"’']?[,]?\\s+(?:${VERBS})\\s+(${NAME})`, "u");
const AFTER_NAME_VERB = new RegExp(`^[,]?[”"’']?[,]?\\s+(${NAME})\\s+(?:${VERBS})\\b`, "u");
const PRONOUN = /^(?:He|She|They|It|We|I|You|The|This|That|A|An|But|And)$/;

/**
 * The speaker a quote names next to it, e.g. `Mr Khan said: “…”` or `“…”, said Sadiq Khan.`;
 * null when the sentence names nobody. Looks only inside the quote's paragraph.
 */
export function guessSpeaker(text: string, start: number, end: number): string | null {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const before = text.slice(Math.max(paragraphStart, start - 200), start);
  const after = text.slice(end, Math.min(nextBreak < 0 ? text.length : nextBreak, end + 120));
  const endsSentence = /[.!?…][”"’']?$/.test(text.slice(start, end));
  const candidates = [before.match(BEFORE_APPOSITION)?.[1], before.match(BEFORE)?.[1]];
  if (!endsSentence) candidates.push(after.match(AFTER_VERB_NAME)?.[1], after.match(AFTER_NAME_VERB)?.[1]);
  for (const candidate of candidates) {
    const name = candidate?.trim().replace(/[.,]$/, "");
    if (name && !PRONOUN.test(name)) return name;
  }
  return null;
}

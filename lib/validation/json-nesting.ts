import { MAX_NESTING, nestingMessage, type InputProblem } from "@/lib/validation/input-guard";

/**
 * The nesting of a JSON text, read as characters: Next decodes a server action's arguments with a
 * recursive reviver before the action (and its input guard) runs, so a payload a few thousand
 * levels deep overflowed the stack there and answered 500. This scan runs first, in one pass with
 * no recursion, and refuses at the guard's own limit with the guard's own message.
 *
 * The text's root is the list of the action's arguments, so an argument's nesting is the number of
 * brackets around it less one. Only the keys of the path are kept, which is all the message names.
 * Invalid JSON is not judged here: it is passed on to whatever parses it.
 */
export function findJsonNestingProblem(text: string): InputProblem | null {
  // One frame per open bracket: whether it is an object, and the key of the member being read.
  const frames: { isObject: boolean; key: string | null }[] = [];
  let isKeyNext = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') {
      const end = stringEnd(text, at);
      if (isKeyNext) frames[frames.length - 1]!.key = decodeKey(text.slice(at, end + 1));
      isKeyNext = false;
      at = end;
    } else if (char === "{" || char === "[") {
      frames.push({ isObject: char === "{", key: null });
      // The root list of arguments, then MAX_NESTING levels of an argument: the guard's limit.
      if (frames.length > MAX_NESTING + 1) {
        const path = frames.flatMap(({ key }) => (key === null ? [] : [key]));
        return { path, message: nestingMessage(path) };
      }
      isKeyNext = char === "{";
    } else if (char === "}" || char === "]") {
      frames.pop();
      isKeyNext = false;
    } else if (char === ",") {
      isKeyNext = frames[frames.length - 1]?.isObject ?? false;
    }
  }
  return null;
}

/** The index of the quote closing the string that opens at `start` (or the text's end). */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    if (text[at] === "\\") at++;
    else if (text[at] === '"') return at;
  }
  return text.length;
}

function decodeKey(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

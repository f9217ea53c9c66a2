import { fieldNameProblem, fileNameProblem } from "@/lib/validation/input-guard";
import { findJsonNestingProblem } from "@/lib/validation/json-nesting";

// Next hands a server action's raw body to its own decoders before the action runs: multipart
// through busboy, which answers a control character in a part's header (a file name holding NUL)
// with "Malformed part header", and the arguments' JSON through a recursive reviver, which
// overflows the stack a few thousand levels deep. Both became a bare 500. This reads the same
// body first, without recursion, and says what is wrong with it; what passes, the action's own
// input guard and schema judge as usual.

const UNREADABLE_FORM = "The form could not be read. Send it again from the page.";
const NOT_JSON = "The request could not be read: its arguments are not valid JSON.";

/** Why the body of a server action request cannot be decoded, in words for whoever sent it; null when it can. */
export async function findActionBodyProblem(contentType: string, body: Uint8Array<ArrayBuffer>): Promise<string | null> {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return argumentsProblem(new TextDecoder().decode(body));
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return UNREADABLE_FORM;
  }
  for (const [name, value] of form) {
    const problem =
      fieldNameProblem(name) ??
      (typeof value !== "string" ? fileNameProblem(value.name) : isArgumentsField(name) ? argumentsProblem(value) : null);
    if (problem) return problem;
  }
  return null;
}

function argumentsProblem(text: string): string | null {
  const nesting = findJsonNestingProblem(text);
  if (nesting) return nesting.message;
  try {
    JSON.parse(text);
    return null;
  } catch {
    return NOT_JSON;
  }
}

// React reads a multipart field as JSON when its name is a number (the arguments are field "0";
// a progressively enhanced form's bound arguments carry a "$ACTION_<n>:" prefix). Every other
// field is a form entry, plain text the action reads itself.
function isArgumentsField(name: string): boolean {
  return Number.isFinite(Number(name.replace(/^\$ACTION_\d+:/, "")));
}

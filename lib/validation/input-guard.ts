// Checks every payload before its schema sees it, whatever the payload. Three things no schema
// should have to repeat, and that would otherwise reach PostgreSQL or the stack as a 500:
// - NUL characters, which PostgreSQL text cannot hold;
// - unpaired UTF-16 surrogates, which would be stored silently as U+FFFD (a changed text);
// - nesting so deep that a recursive schema would overflow the stack.
// The walk is iterative, so the guard itself cannot overflow.
export const MAX_NESTING = 64;
export const MAX_NODES = 200_000;

export type InputProblem = { path: (string | number)[]; message: string };

export function stringProblem(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character (\\0), which text cannot hold. Remove it and try again.";
  if (!value.isWellFormed()) return "contains a broken character (an unpaired UTF-16 surrogate). Paste or type the text again.";
  return null;
}

export function findInputProblem(input: unknown): InputProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let nodes = 0;
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (++nodes > MAX_NODES) return { path: [], message: `The request is too large (over ${MAX_NODES.toLocaleString("en")} values).` };
    if (typeof value === "string") {
      const problem = stringProblem(value);
      if (problem) return { path, message: `${describe(path)} ${problem}` };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= MAX_NESTING) return { path, message: nestingMessage(path) };
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : value instanceof Date || value instanceof Blob
        ? []
        : Object.entries(value);
    for (const [key, item] of entries) {
      if (typeof key === "string") {
        const problem = stringProblem(key);
        if (problem) return { path, message: `A field name ${problem}` };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/** The one refusal of deep nesting, whichever check finds it (this walk, or the scan of an action's raw body). */
export function nestingMessage(path: (string | number)[]): string {
  return `${describe(path)} is nested too deeply (more than ${MAX_NESTING} levels).`;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** An uploaded file's name: no NUL or broken character (as any text), and no control character, which no file system gives a name. */
export function fileNameProblem(name: string): string | null {
  const problem = stringProblem(name);
  if (problem) return `The file name ${problem}`;
  if (CONTROL.test(name))
    return "The file name contains a control character, which a file name cannot hold. Rename the file and try again.";
  return null;
}

/** A form field's name: the names are ours, so any control character is refused. */
export function fieldNameProblem(name: string): string | null {
  const problem = stringProblem(name) ?? (CONTROL.test(name) ? "contains a control character." : null);
  return problem && `A field name ${problem}`;
}

/**
 * What a submitted form holds beside the values its action reads into its schema: the field names
 * and the uploaded files' names, which no schema sees. (Text values are judged by the schema, or,
 * for an article's text, by lib/import, which normalises control characters away.)
 */
export function findFormProblem(form: FormData): InputProblem | null {
  for (const [name, value] of form) {
    const message = fieldNameProblem(name) ?? (typeof value === "string" ? null : fileNameProblem(value.name));
    if (message) return { path: [name], message };
  }
  return null;
}

function describe(path: (string | number)[]): string {
  const field = path.findLast((key) => typeof key === "string");
  return field ? `The field “${field}”` : "The value";
}

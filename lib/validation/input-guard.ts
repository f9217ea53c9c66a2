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
    if (path.length >= MAX_NESTING) return { path, message: `${describe(path)} is nested too deeply (more than ${MAX_NESTING} levels).` };
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

function describe(path: (string | number)[]): string {
  const field = path.findLast((key) => typeof key === "string");
  return field ? `The field “${field}”` : "The value";
}

import { MAX_IMPORT_BYTES } from "./types";

const MB = 1024 * 1024;
export const LIMIT_LABEL = `${MAX_IMPORT_BYTES / MB} MB`;

/**
 * Megabytes with one decimal, or more when one decimal would round a size just over the limit
 * down to the limit itself ("2.0 MB; the limit is 2 MB" reads like a bug).
 */
export function describeSize(bytes: number): string {
  const megabytes = bytes / MB;
  let digits = 1;
  while (bytes > MAX_IMPORT_BYTES && Number(megabytes.toFixed(digits)) * MB <= MAX_IMPORT_BYTES && digits < 7) digits++;
  return `${megabytes.toFixed(digits)} MB`;
}

export function tooLargeMessage(what: "file" | "text", bytes: number): string {
  return `The ${what} is ${describeSize(bytes)}; the limit is ${LIMIT_LABEL}.`;
}

/** The size rule for any article text (pasted, uploaded or corrected), in one place: null when it fits. */
export function textSizeProblem(what: "file" | "text", text: string): string | null {
  // TextEncoder rather than Buffer: the rule also runs in the browser (the correction form's schema).
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_IMPORT_BYTES ? tooLargeMessage(what, bytes) : null;
}

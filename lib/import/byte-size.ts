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

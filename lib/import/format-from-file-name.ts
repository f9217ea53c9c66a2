import type { ImportFormat } from "./types";

const FORMATS = new Map<string, ImportFormat>([
  ["txt", "text"],
  ["text", "text"],
  ["md", "markdown"],
  ["markdown", "markdown"],
  ["html", "html"],
  ["htm", "html"],
]);

/** Chosen by extension alone: browsers report no or unreliable MIME types for .md files. */
export function formatFromFileName(name: string): ImportFormat | null {
  const extension = /\.([^./\\]+)$/.exec(name.trim().toLowerCase())?.[1];
  return (extension && FORMATS.get(extension)) || null;
}

import { IMPORT_STREAM_TYPE, readStreamLines, type ImportStreamLine } from "@/lib/fact-checks/import-stream";

export type UploadState = { sentBytes: number; totalBytes: number | null; line: ImportStreamLine | null };

/**
 * Sends a feed to the import route and reports as it goes: the upload's bytes (XHR's upload
 * progress; fetch has none) and each line the server answers. Resolves with the last line, or an
 * error line when the request failed on the way.
 */
export function uploadFeed(target: { file: File } | { url: string }, onState: (state: UploadState) => void): Promise<ImportStreamLine> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const query = "file" in target ? `name=${encodeURIComponent(target.file.name)}` : `url=${encodeURIComponent(target.url)}`;
    const totalBytes = "file" in target ? target.file.size : null;
    let sentBytes = 0;
    let read = 0;
    let last: ImportStreamLine | null = null;
    const readLines = () => {
      if (!xhr.getResponseHeader("content-type")?.startsWith(IMPORT_STREAM_TYPE.split(";")[0]!)) return;
      const { lines, next } = readStreamLines(xhr.responseText, read);
      read = next;
      for (const line of lines) {
        last = line;
        onState({ sentBytes, totalBytes, line });
      }
    };
    xhr.open("POST", `/api/fact-checks/import?${query}`);
    xhr.upload.onprogress = (event) => {
      sentBytes = event.loaded;
      onState({ sentBytes, totalBytes, line: last });
    };
    xhr.onprogress = readLines;
    xhr.onload = () => {
      readLines();
      if (last) return resolve(last);
      // Refused before any line (403, 422, a proxy's 413): the body is JSON with the reason.
      let message = `The import failed (HTTP ${xhr.status}).`;
      try {
        message = (JSON.parse(xhr.responseText) as { error?: string }).error ?? message;
      } catch {
        // Keeps the status message.
      }
      resolve({ type: "error", message });
    };
    xhr.onerror = () => resolve({ type: "error", message: "The server could not be reached. What was imported before stays; try again." });
    xhr.send("file" in target ? target.file : null);
  });
}

import type { DiffPart } from "../word-diff";

/** What "Check for changes" answers: shared by the server and the browser. */
export type UpstreamCheck =
  | { changed: false; fetchedAt: string; url: string }
  | { changed: true; fetchedAt: string; url: string; revision: number; text: string; diff: DiffPart[]; added: number; removed: number };

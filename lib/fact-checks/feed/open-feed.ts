import { decodeText, type ByteCounter } from "./decode-text";
import { FeedStop, type FeedEvent, type FeedFormat } from "./feed-event";
import { guessDelimiter, readCsvFeed } from "./read-csv-feed";
import { readHtmlFeed } from "./read-html-feed";
import { readJsonFeed } from "./read-json-feed";

export type OpenedFeed = {
  format: FeedFormat;
  /** The feed's entries and refusals in order; throws FeedStop where it cannot be read on. */
  events: AsyncGenerator<FeedEvent>;
  /** Things worth saying that refuse nothing (columns left out). Filled as the feed is read. */
  notices: string[];
};

const SNIFF_CHARS = 64 * 1024;

/** The format, from the first characters that are not blank; the file name decides only between text formats. */
export function detectFormat(head: string, fileName?: string): FeedFormat {
  const start = head.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (start.startsWith("<?xml"))
    throw new FeedStop("This is XML (an RSS or Atom feed?): the library reads ClaimReview as JSON, a fact-check page's HTML, or CSV.");
  if (start.startsWith("<")) return "html";
  const firstLine = start.split(/\r?\n/, 1)[0] ?? "";
  if (/\.(csv|tsv)$/i.test(fileName ?? "") || /claimreviewed/i.test(firstLine)) return "csv";
  throw new FeedStop(
    "This is not a format the library reads: JSON (one ClaimReview, a list of them or a DataFeed), a fact-check page's HTML, or CSV whose first row names the columns (claimReviewed, url, …).",
  );
}

/**
 * Opens a feed of fact-checks from its bytes, as they arrive: decodes them, tells the format from
 * the content and reads it as a stream, so a feed of any size is held one item at a time.
 */
export async function openFactCheckFeed(
  source: AsyncIterable<Uint8Array>,
  options: { fileName?: string; counter: ByteCounter; maxBytes?: number },
): Promise<OpenedFeed> {
  const text = decodeText(source, options.counter, options.maxBytes);
  let head = "";
  while (!head.trim() && head.length < SNIFF_CHARS) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
  }
  if (!head.trim()) {
    await text.return(undefined);
    throw new FeedStop("The file is empty.");
  }
  let format: FeedFormat;
  try {
    format = detectFormat(head, options.fileName);
  } catch (error) {
    await text.return(undefined);
    throw error;
  }
  const whole = replay(head, text);
  const notices: string[] = [];
  const events =
    format === "json" ? readJsonFeed(whole) : format === "html" ? readHtmlFeed(whole) : readCsvFeed(whole, guessDelimiter(head), notices);
  return { format, events, notices };
}

async function* replay(head: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  yield head;
  yield* rest;
}

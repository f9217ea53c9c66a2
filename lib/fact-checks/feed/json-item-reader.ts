import { getManyValues, isMany, none } from "stream-chain/defs.js";
import { jsonParser, type Token } from "stream-json/parser.js";
import { MAX_FEED_DEPTH, MAX_VALUE_CHARS } from "../limits";
import { FeedStop } from "./feed-event";
import { JsonItemSplitter, type SplitItem } from "./json-item-splitter";

const SLICE_CHARS = 1024;

/**
 * JSON text in, items out, chunk by chunk: stream-json's tokenizer (packed values, bounded depth
 * and value length) driven synchronously, so no promise is made per token.
 */
export class JsonItemReader {
  private readonly parse = jsonParser({
    packValues: true,
    streamValues: false,
    jsonStreaming: true,
    maxDepth: MAX_FEED_DEPTH,
    maxPackedLength: MAX_VALUE_CHARS,
  });
  private readonly splitter = new JsonItemSplitter();
  private read = 0;

  /**
   * The items this chunk completed, and where the JSON stopped being readable if it did. The
   * tokenizer answers a whole call at once or throws, so the chunk is fed in small slices: every
   * item that ends in a slice before the one that breaks is still delivered.
   */
  write(chunk: string): { items: SplitItem[]; stop: FeedStop | null } {
    for (let at = 0; at < chunk.length; at += SLICE_CHARS) {
      const slice = chunk.slice(at, at + SLICE_CHARS);
      try {
        this.feed(this.parse(slice));
      } catch (error) {
        return { items: this.splitter.take(), stop: this.stopFor(error, slice.length) };
      }
      this.read += slice.length;
    }
    return { items: this.splitter.take(), stop: null };
  }

  end(): SplitItem[] {
    try {
      // A flushable is called with `none` to end its input (its type names only the text it takes).
      this.feed((this.parse as (input: string | typeof none) => unknown)(none));
    } catch {
      throw new FeedStop("The JSON ends before it is complete: the file may have been cut short.");
    }
    if (!this.splitter.isComplete) throw new FeedStop("The JSON ends before it is complete: the file may have been cut short.");
    return this.splitter.take();
  }

  private feed(result: unknown) {
    if (result === none) return;
    if (isMany(result)) for (const token of getManyValues(result) as Token[]) this.splitter.push(token);
    else this.splitter.push(result as Token);
  }

  private stopFor(error: unknown, sliceLength: number): FeedStop {
    const where = `between characters ${this.read.toLocaleString("en")} and ${(this.read + sliceLength).toLocaleString("en")}`;
    const message = error instanceof Error ? error.message : String(error);
    // The tokenizer's two limits are RangeErrors; anything else it throws is a syntax error.
    if (error instanceof RangeError && message.includes("maxDepth"))
      return new FeedStop(`The JSON is nested more than ${MAX_FEED_DEPTH} levels deep ${where}: it cannot be read further.`);
    if (error instanceof RangeError)
      return new FeedStop(`The JSON holds a single value longer than ${(MAX_VALUE_CHARS / 1024 / 1024).toFixed(0)} M characters ${where}.`);
    return new FeedStop(`The JSON is not valid ${where} (${message.replace(/^Parser cannot parse input: /, "")}).`);
  }
}

/** Every item of a whole JSON text (a page's script): for small inputs read at once. */
export function splitJsonText(text: string): SplitItem[] {
  const reader = new JsonItemReader();
  const { items, stop } = reader.write(text);
  if (stop) throw stop;
  return [...items, ...reader.end()];
}

/** The items of a JSON feed, as its text arrives. */
export async function* readJsonItems(text: AsyncIterable<string>): AsyncGenerator<SplitItem> {
  const reader = new JsonItemReader();
  for await (const chunk of text) {
    const { items, stop } = reader.write(chunk);
    yield* items;
    if (stop) throw stop;
  }
  yield* reader.end();
}

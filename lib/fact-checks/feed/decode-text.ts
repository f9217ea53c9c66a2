import { MAX_FEED_BYTES, MAX_FEED_LABEL } from "../limits";
import { FeedStop } from "./feed-event";

export type ByteCounter = { bytes: number };

/**
 * A feed's bytes as text, chunk by chunk: UTF-8 (a byte order mark is dropped), or UTF-16 when a
 * byte order mark says so. Anything else stops at the first byte that is not UTF-8, rather than
 * storing replacement characters. Counts the bytes read into `counter` and stops past the limit.
 */
export async function* decodeText(
  source: AsyncIterable<Uint8Array>,
  counter: ByteCounter,
  maxBytes = MAX_FEED_BYTES,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw new FeedStop(
        `The file could not be read to its end after ${counter.bytes.toLocaleString("en")} bytes (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    if (next.done) break;
    const chunk = next.value;
    if (chunk.byteLength === 0) continue;
    if (!decoder) {
      decoder = new TextDecoder(encodingOf(chunk), { fatal: true, ignoreBOM: false });
      if (decoder.encoding === "utf-8" && looksBinary(chunk))
        throw new FeedStop("This is not a text file: the library reads JSON, HTML and CSV.");
    }
    const before = counter.bytes;
    counter.bytes += chunk.byteLength;
    if (counter.bytes > maxBytes) {
      await iterator.return?.();
      throw new FeedStop(`The file is larger than ${MAX_FEED_LABEL}: split it, or import it in parts.`);
    }
    yield decode(decoder, chunk, before, true);
  }
  if (!decoder) throw new FeedStop("The file is empty.");
  const rest = decode(decoder, new Uint8Array(), counter.bytes, false);
  if (rest) yield rest;
}

function encodingOf(start: Uint8Array): string {
  if (start[0] === 0xff && start[1] === 0xfe) return "utf-16le";
  if (start[0] === 0xfe && start[1] === 0xff) return "utf-16be";
  return "utf-8";
}

// NUL bytes do not occur in text saved as UTF-8; binary files are full of them.
function looksBinary(start: Uint8Array): boolean {
  return start.subarray(0, 4096).includes(0);
}

function decode(decoder: TextDecoder, chunk: Uint8Array, offset: number, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    const name = decoder.encoding === "utf-8" ? "UTF-8" : decoder.encoding.toUpperCase();
    throw new FeedStop(
      stream
        ? `The file is not ${name} text: bytes after byte ${offset.toLocaleString("en")} are not valid ${name}. Save it as UTF-8 and import it again.`
        : `The file ends in the middle of a ${name} character: it may have been cut short.`,
    );
  }
}

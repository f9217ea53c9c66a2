// Counts a zip's entries while its bytes are still arriving, for the progress of a selection
// download. A streamed zip gives no sizes up front (each entry ends with a data descriptor), so the
// counter looks for local file headers ("PK\x03\x04"), reads the name each one carries, and counts
// it only when the caller recognises the name: bytes inside an entry that merely look like a
// header are never counted. A header split across two chunks is completed by the next one.
const HEADER = 30;
const SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export class ZipEntryCounter {
  private pending = new Uint8Array(0);
  private readonly names: string[] = [];

  constructor(private readonly isEntryName: (name: string) => boolean) {}

  /** The names counted so far, in the order they arrived. */
  get entries(): readonly string[] {
    return this.names;
  }

  push(chunk: Uint8Array): number {
    const bytes = new Uint8Array(this.pending.length + chunk.length);
    bytes.set(this.pending);
    bytes.set(chunk, this.pending.length);
    let i = 0;
    for (; i + HEADER <= bytes.length; i++) {
      if (!SIGNATURE.every((b, k) => bytes[i + k] === b)) continue;
      const nameLength = bytes[i + 26]! | (bytes[i + 27]! << 8);
      if (i + HEADER + nameLength > bytes.length) break; // the name is in the next chunk
      const name = new TextDecoder().decode(bytes.subarray(i + HEADER, i + HEADER + nameLength));
      if (this.isEntryName(name)) {
        this.names.push(name);
        i += HEADER + nameLength - 1;
      }
    }
    this.pending = bytes.slice(i);
    return this.names.length;
  }
}

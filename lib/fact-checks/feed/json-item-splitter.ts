import type { Token } from "stream-json/parser.js";
import { describeValue } from "@/lib/validation/fact-check";
import { MAX_ITEM_CHARS, MAX_ITEM_DEPTH } from "../limits";
import type { JsonObject } from "../json-ld";

/** One item of a JSON feed: its value, or why it was not assembled. */
export type SplitItem = { value: unknown } | { refusal: string };

// Lists of items that are read one element at a time, so a feed of any length keeps memory flat:
// a DataFeed's elements and a JSON-LD graph. Every other value is assembled whole, within limits.
const STREAMED_KEYS = new Set(["dataFeedElement", "schema:dataFeedElement", "https://schema.org/dataFeedElement", "@graph"]);
// Lists inside lists (and DataFeeds inside a graph) are streamed this many levels down.
const MAX_STREAM_LEVELS = 8;
const TOO_LARGE = `it is larger than ${MAX_ITEM_CHARS / 1024} KB of JSON`;
const TOO_DEEP = `it is nested more than ${MAX_ITEM_DEPTH} levels deep`;

type StreamedList = { kind: "list" };
/** An object at an item's place: an item, unless it turns out to hold a streamed list (a DataFeed, a graph). */
type StreamedObject = { kind: "object"; node: JsonObject; key: string | null; size: number; isContainer: boolean; refusal: string | null };
type Frame = StreamedList | StreamedObject;

function cost(token: Token): number {
  return "value" in token && typeof token.value === "string" ? token.value.length + 1 : 1;
}

function scalarOf(token: Token): unknown {
  switch (token.name) {
    case "stringValue":
      return token.value;
    case "numberValue":
      return Number(token.value);
    case "nullValue":
      return null;
    case "trueValue":
      return true;
    case "falseValue":
      return false;
    default:
      return undefined;
  }
}

// A feed's "__proto__" key is a member like any other, never the object's prototype.
function setMember(object: JsonObject, key: string, value: unknown) {
  if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/** Builds one value from tokens; past the item's size or depth it only follows the nesting to the value's end. */
class Assembly {
  value: unknown = undefined;
  isDone = false;
  private stack: (JsonObject | unknown[])[] = [];
  private keys: (string | null)[] = [];
  private open = 0;

  constructor(
    public size: number,
    private readonly baseDepth: number,
    public refusal: string | null,
  ) {}

  push(token: Token) {
    if (this.refusal === null) {
      this.size += cost(token);
      const opens = token.name === "startObject" || token.name === "startArray";
      if (this.size > MAX_ITEM_CHARS) this.refuse(TOO_LARGE);
      else if (opens && this.baseDepth + this.stack.length + 1 > MAX_ITEM_DEPTH) this.refuse(TOO_DEEP);
      else return this.build(token);
    }
    if (token.name === "startObject" || token.name === "startArray") this.open++;
    else if (token.name === "endObject" || token.name === "endArray") this.open--;
    if (this.open === 0) this.isDone = true;
  }

  private refuse(reason: string) {
    this.refusal = reason;
    this.open = this.stack.length;
    this.stack = [];
    this.keys = [];
    this.value = undefined;
  }

  private build(token: Token) {
    switch (token.name) {
      case "startObject":
      case "startArray": {
        const container = token.name === "startObject" ? {} : [];
        this.add(container);
        this.stack.push(container);
        this.keys.push(null);
        return;
      }
      case "endObject":
      case "endArray":
        this.stack.pop();
        this.keys.pop();
        if (this.stack.length === 0) this.isDone = true;
        return;
      case "keyValue":
        this.keys[this.keys.length - 1] = token.value;
        return;
      default:
        this.add(scalarOf(token));
        if (this.stack.length === 0) this.isDone = true;
    }
  }

  private add(value: unknown) {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) this.value = value;
    else if (Array.isArray(parent)) parent.push(value);
    else setMember(parent, this.keys[this.keys.length - 1] ?? "", value);
  }
}

/**
 * Splits a JSON token stream into items, synchronously, one token at a time: the elements of a
 * top-level list, of a DataFeed's `dataFeedElement` and of `@graph` (at any of these levels), or
 * a top-level object that is none of these (one ClaimReview). Several top-level values (JSON
 * Lines) are items in turn. Each item is held alone, within MAX_ITEM_CHARS and MAX_ITEM_DEPTH.
 */
export class JsonItemSplitter {
  private frames: Frame[] = [];
  private assembly: Assembly | null = null;
  private assemblyIsItem = false;
  private out: SplitItem[] = [];

  /** Whether every value opened so far was closed. */
  get isComplete(): boolean {
    return this.frames.length === 0 && this.assembly === null;
  }

  /** The items completed since the last call. */
  take(): SplitItem[] {
    const items = this.out;
    this.out = [];
    return items;
  }

  push(token: Token) {
    if (this.assembly) {
      this.assembly.push(token);
      if (this.assembly.isDone) this.deliver();
      return;
    }
    const top = this.frames[this.frames.length - 1];
    if (!top || top.kind === "list") return this.atItemPlace(token);
    this.inObject(top, token);
  }

  /** A token where an item starts: a list element, or a top-level value. */
  private atItemPlace(token: Token) {
    const canStream = this.frames.length < MAX_STREAM_LEVELS;
    switch (token.name) {
      case "startObject":
        if (canStream) this.frames.push({ kind: "object", node: {}, key: null, size: 1, isContainer: false, refusal: null });
        else this.assemble(token, true);
        return;
      case "startArray":
        if (canStream) this.frames.push({ kind: "list" });
        else this.assemble(token, true);
        return;
      case "endArray":
        this.frames.pop();
        return;
      default:
        this.out.push({ refusal: `it is ${describeValue(scalarOf(token))}, not a ClaimReview object` });
    }
  }

  private inObject(top: StreamedObject, token: Token) {
    switch (token.name) {
      case "keyValue":
        top.key = token.value;
        this.grow(top, cost(token));
        return;
      case "endObject":
        this.frames.pop();
        if (!top.isContainer) this.out.push(top.refusal ? { refusal: top.refusal } : { value: top.node });
        return;
      case "startArray":
        if (top.key !== null && STREAMED_KEYS.has(top.key) && this.frames.length < MAX_STREAM_LEVELS) {
          top.isContainer = true;
          this.frames.push({ kind: "list" });
          return;
        }
        return this.assemble(token, false);
      case "startObject":
        return this.assemble(token, false);
      default:
        this.grow(top, cost(token));
        if (!top.refusal) setMember(top.node, top.key ?? "", scalarOf(token));
    }
  }

  private grow(top: StreamedObject, size: number) {
    top.size += size;
    if (top.size > MAX_ITEM_CHARS && !top.refusal) {
      top.refusal = TOO_LARGE;
      top.node = {};
    }
  }

  /** A value assembled whole: an item (past the streaming levels), or a member of the object being read. */
  private assemble(token: Token, isItem: boolean) {
    const top = this.frames[this.frames.length - 1];
    const member = !isItem && top?.kind === "object" ? top : null;
    this.assembly = new Assembly(member ? member.size : 0, member ? 1 : 0, member?.refusal ?? null);
    this.assemblyIsItem = isItem;
    this.assembly.push(token);
    if (this.assembly.isDone) this.deliver();
  }

  private deliver() {
    const done = this.assembly!;
    this.assembly = null;
    if (this.assemblyIsItem) {
      this.out.push(done.refusal ? { refusal: done.refusal } : { value: done.value });
      return;
    }
    const top = this.frames[this.frames.length - 1] as StreamedObject;
    top.size = done.size;
    if (top.refusal) return;
    if (done.refusal) {
      top.refusal = done.refusal;
      top.node = {};
    } else setMember(top.node, top.key ?? "", done.value);
  }
}

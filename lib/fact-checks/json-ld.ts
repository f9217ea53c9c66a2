// Reading schema.org JSON-LD as publishers write it, without a JSON-LD processor: `@type` as a
// string or a list, with or without the schema.org prefix; properties likewise; values that are
// one thing or a list of them; `@graph` and nested lists.

export type JsonObject = { [key: string]: unknown };

const PREFIXES = ["schema:", "http://schema.org/", "https://schema.org/", "http://www.schema.org/", "https://www.schema.org/"];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unprefixed(name: string): string {
  for (const prefix of PREFIXES) if (name.startsWith(prefix)) return name.slice(prefix.length);
  return name;
}

/** A node's types without their prefix ("ClaimReview", "DataFeedItem"). */
export function nodeTypes(node: JsonObject): string[] {
  const types = property(node, "@type");
  return (Array.isArray(types) ? types : [types]).filter((type): type is string => typeof type === "string").map(unprefixed);
}

export function hasType(node: JsonObject, type: string): boolean {
  return nodeTypes(node).includes(type);
}

/** A property by its name or its prefixed name; own properties only (a feed's "__proto__" is data, nothing more). */
export function property(node: JsonObject, name: string): unknown {
  if (Object.hasOwn(node, name)) return node[name];
  if (name.startsWith("@")) return undefined;
  for (const prefix of PREFIXES) if (Object.hasOwn(node, prefix + name)) return node[prefix + name];
  return undefined;
}

/** The first of a value that may be a list (nested lists included), skipping empty entries. */
export function first(value: unknown, depth = 0): unknown {
  if (!Array.isArray(value)) return value;
  if (depth > 8) return undefined;
  for (const entry of value) {
    const found = first(entry, depth + 1);
    if (found !== undefined && found !== null && found !== "") return found;
  }
  return undefined;
}

/** The first object of a value that may be a list. */
export function firstObject(value: unknown): JsonObject | undefined {
  if (isObject(value)) return value;
  if (!Array.isArray(value)) return undefined;
  for (const entry of value.flat(4)) if (isObject(entry)) return entry;
  return undefined;
}

/** A literal: the value itself, or a JSON-LD value object's `@value`. */
export function literal(value: unknown): unknown {
  const one = first(value);
  return isObject(one) && Object.hasOwn(one, "@value") ? one["@value"] : one;
}

/**
 * The ClaimReview nodes anywhere in a value, in document order: in lists, `@graph`, a
 * DataFeedItem's `item`, or any property of another node. A ClaimReview is not searched further.
 * Depth is bounded by the feed's item limits already; the bound here keeps the walk safe on its own.
 */
export function findClaimReviews(value: unknown, found: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 64) return found;
  if (Array.isArray(value)) {
    for (const entry of value) findClaimReviews(entry, found, depth + 1);
  } else if (isObject(value)) {
    if (hasType(value, "ClaimReview")) found.push(value);
    else for (const key of Object.keys(value)) if (key !== "@context") findClaimReviews(value[key], found, depth + 1);
  }
  return found;
}

/** What a node is, for a message: its types, or what kind of value it is. */
export function describeNode(value: unknown): string {
  if (isObject(value)) {
    const types = nodeTypes(value);
    return types.length ? types.join(", ") : "an object with no @type";
  }
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  return value === null ? "null" : typeof value;
}

import { createHash } from "node:crypto";
import { crc32 } from "node:zlib";

// A personal access token: `fmk_`, 30 random base62 characters, and a 6-character base62 CRC32 of
// those 30, the layout GitHub uses for its tokens. The fixed prefix lets secret scanners find a
// leaked token; the checksum lets them (and parseApiToken) tell a token from a typo without a
// database lookup.

export const API_TOKEN_PREFIX = "fmk_";
const RANDOM_LENGTH = 30;
const CHECKSUM_LENGTH = 6;
/** How many characters of a token name it in lists and to the CLI (`fmk_` and 8 random ones). */
export const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const TOKEN_PATTERN = new RegExp(`^${API_TOKEN_PREFIX}([0-9A-Za-z]{${RANDOM_LENGTH}})([0-9A-Za-z]{${CHECKSUM_LENGTH}})$`);

export type ParsedApiToken = { token: string; random: string; prefix: string };

/** CRC32 in base62, padded to 6 characters (62^6 > 2^32, so every value fits). */
function checksum(random: string): string {
  let value = crc32(random);
  let digits = "";
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    digits = BASE62[value % 62] + digits;
    value = Math.floor(value / 62);
  }
  return digits;
}

/** 30 base62 characters from the CSPRNG; bytes ≥ 248 are drawn again so every character is equally likely. */
export function randomBase62(length = RANDOM_LENGTH, randomBytes: (size: number) => Uint8Array = defaultRandomBytes): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

function defaultRandomBytes(size: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(size));
}

/** The whole token for 30 random base62 characters. */
export function formatApiToken(random: string): string {
  if (!/^[0-9A-Za-z]{30}$/.test(random)) throw new Error("A token's random part is 30 base62 characters.");
  return API_TOKEN_PREFIX + random + checksum(random);
}

export function newApiToken(): ParsedApiToken {
  const random = randomBase62();
  const token = formatApiToken(random);
  return { token, random, prefix: token.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** The token's parts, or null for anything that is not a well-formed token with a matching checksum. Never throws. */
export function parseApiToken(candidate: unknown): ParsedApiToken | null {
  if (typeof candidate !== "string") return null;
  const [, random, check] = TOKEN_PATTERN.exec(candidate) ?? [];
  if (!random || checksum(random) !== check) return null;
  return { token: candidate, random, prefix: candidate.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** Whether a string looks like a token's display prefix (what the CLI's --prefix takes). */
export function isApiTokenPrefix(candidate: string): boolean {
  return new RegExp(`^${API_TOKEN_PREFIX}[0-9A-Za-z]{8}$`).test(candidate);
}

/**
 * What the database keeps of a token: its SHA-256, hex. A fast hash is right here, unlike for
 * passwords: the token carries 178 bits from the CSPRNG, so there is nothing to guess from a leaked
 * hash, and a slow hash would cost every API request a bcrypt.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

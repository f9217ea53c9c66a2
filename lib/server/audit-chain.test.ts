import { describe, expect, it } from "vitest";
import { checkLink, type ChainEvent } from "./audit-chain";

const hashOf = (n: number) => n.toString(16).padStart(64, "0");
const event = (seq: number, overrides: Partial<ChainEvent> = {}): ChainEvent => ({
  id: String(100 + seq),
  seq,
  prevHash: seq === 1 ? null : hashOf(seq - 1),
  hash: hashOf(seq),
  recomputedHash: hashOf(seq),
  ...overrides,
});
const after = (seq: number) => ({ seq, hash: hashOf(seq) });

describe("checkLink", () => {
  it("accepts a first event with seq 1 and no prevHash, and an event linked to its predecessor", () => {
    expect(checkLink(null, event(1))).toBeNull();
    expect(checkLink(after(1), event(2))).toBeNull();
    expect(checkLink(after(41), event(42))).toBeNull();
  });

  it("names a gap, with the missing seqs", () => {
    expect(checkLink(after(2), event(4))).toEqual({ reason: "seq-gap", detail: "Gap before seq 4: seq 3 is missing." });
    expect(checkLink(after(2), event(6))).toEqual({ reason: "seq-gap", detail: "Gap before seq 6: seq 3–5 are missing." });
    expect(checkLink(null, event(2))).toMatchObject({ reason: "seq-gap", detail: "Gap before seq 2: seq 1 is missing." });
  });

  it("names a repeated seq (a forked chain)", () => {
    expect(checkLink(after(3), event(3))).toMatchObject({ reason: "seq-repeated" });
    expect(checkLink(after(3), event(2))).toMatchObject({ reason: "seq-repeated" });
  });

  it("names a prevHash that is not the previous event's hash, and a first event that claims a predecessor", () => {
    expect(checkLink(after(1), event(2, { prevHash: hashOf(7) }))).toMatchObject({ reason: "prev-hash-mismatch" });
    expect(checkLink(after(1), event(2, { prevHash: null }))).toMatchObject({ reason: "prev-hash-mismatch" });
    expect(checkLink(null, event(1, { prevHash: hashOf(9) }))).toMatchObject({ reason: "prev-hash-mismatch" });
  });

  it("names a stored hash that does not match the recomputed content", () => {
    expect(checkLink(after(1), event(2, { recomputedHash: hashOf(99) }))).toEqual({
      reason: "hash-mismatch",
      detail: `Stored hash ${hashOf(2)} does not match the event's content (${hashOf(99)}).`,
    });
  });

  it("reports the position before the link, and the link before the content", () => {
    expect(checkLink(after(1), event(3, { prevHash: hashOf(8), recomputedHash: hashOf(99) }))).toMatchObject({ reason: "seq-gap" });
    expect(checkLink(after(1), event(2, { prevHash: hashOf(8), recomputedHash: hashOf(99) }))).toMatchObject({
      reason: "prev-hash-mismatch",
    });
  });
});

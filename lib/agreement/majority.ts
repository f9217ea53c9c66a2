import type { VerdictRating } from "@/lib/enums";
import { VERDICT_SCALE } from "@/lib/verdicts/scale";

/**
 * The panel's ruling rule (issue 21): unanimity or a majority sets the ruling; a split is no
 * majority, or ratings more than two steps apart on the scale, even when a majority exists
 * (True, True, Mostly false is surfaced, not ruled True).
 *
 * Steps are measured on the verdict scale's numbers (lib/verdicts/scale.ts: True 5 … False 1).
 * Misleading sits at 2 with Mostly false, so the two are 0 steps apart yet different votes.
 * Unverifiable has no number on purpose, so it is never steps apart from anything: it counts
 * toward a majority only.
 */
export const MAX_STEPS_APART = 2;

export type SplitReason = "no-majority" | "too-far-apart";

export const SPLIT_REASON_MESSAGES: Record<SplitReason, string> = {
  "no-majority": "No verdict has a majority of the panel.",
  "too-far-apart": `The ratings are more than ${MAX_STEPS_APART} steps apart on the verdict scale.`,
};

/** Votes per verdict, in the scale's order, verdicts without a vote left out. */
export type VoteTally = { rating: VerdictRating; votes: number }[];

export type PanelOutcome =
  | { outcome: "no-votes"; tally: VoteTally; spread: null }
  | { outcome: "unanimous" | "majority"; rating: VerdictRating; tally: VoteTally; spread: number | null }
  /** `majority` is the verdict that had a majority when only the distance made it a split. */
  | { outcome: "split"; reasons: SplitReason[]; majority: VerdictRating | null; tally: VoteTally; spread: number | null };

export type PanelOutcomeOptions = {
  votes: readonly VerdictRating[];
  /**
   * The panel's size, by default the votes cast. When the editor closes the vote early, a seat
   * that did not vote sides with nobody: 2 of 3 still make a majority, 1 of 3 does not, and no
   * early close is unanimous.
   */
  seats?: number;
};

const POSITION = new Map(VERDICT_SCALE.map((verdict) => [verdict.rating, verdict.ratingValue]));

/**
 * A verdict's place on the true–false scale (1 False … 5 True), null for Unverifiable. The same
 * places are the ordinal categories for alpha over verdicts (an Unverifiable vote is then a missing
 * value), so "steps apart" and alpha read one scale.
 */
export function scalePosition(rating: VerdictRating): number | null {
  return POSITION.get(rating) ?? null;
}

export function panelOutcome({ votes, seats = votes.length }: PanelOutcomeOptions): PanelOutcome {
  if (!Number.isInteger(seats) || seats < votes.length) {
    throw new RangeError(`A panel of ${seats} seats cannot have ${votes.length} votes.`);
  }
  const unknown = votes.find((vote) => !POSITION.has(vote));
  if (unknown !== undefined) throw new RangeError(`${JSON.stringify(unknown)} is not a verdict on the scale.`);

  const tally = VERDICT_SCALE.map(({ rating }) => ({ rating, votes: votes.filter((vote) => vote === rating).length })).filter(
    (entry) => entry.votes > 0,
  );
  if (votes.length === 0) return { outcome: "no-votes", tally, spread: null };

  const positions = votes.map(scalePosition).filter((position) => position !== null);
  const spread = positions.length === 0 ? null : Math.max(...positions) - Math.min(...positions);
  const majority = tally.find((entry) => entry.votes * 2 > seats)?.rating ?? null;

  const reasons: SplitReason[] = [];
  if (majority === null) reasons.push("no-majority");
  if (spread !== null && spread > MAX_STEPS_APART) reasons.push("too-far-apart");
  if (majority === null || reasons.length > 0) return { outcome: "split", reasons, majority, tally, spread };
  return { outcome: tally.length === 1 && votes.length === seats ? "unanimous" : "majority", rating: majority, tally, spread };
}

import { describeNode, findClaimReviews } from "../json-ld";
import { readClaimReview } from "../read-claim-review";
import { itemPosition, type FeedEvent } from "./feed-event";
import { readJsonItems } from "./json-item-reader";

/**
 * A JSON feed's entries: one ClaimReview, a list of them (our own export too), a DataFeed, a
 * JSON-LD graph, or JSON Lines. Items are numbered in the feed's order; an item that holds no
 * ClaimReview is refused, and one that holds several gives each its own number (17.1, 17.2).
 */
export async function* readJsonFeed(text: AsyncIterable<string>): AsyncGenerator<FeedEvent> {
  let item = 0;
  for await (const split of readJsonItems(text)) {
    item++;
    if ("refusal" in split) {
      yield { type: "refused", position: itemPosition(item), reason: `${split.refusal}.` };
      continue;
    }
    const reviews = findClaimReviews(split.value);
    if (reviews.length === 0) {
      yield { type: "refused", position: itemPosition(item), reason: `it holds no ClaimReview (it is ${describeNode(split.value)}).` };
      continue;
    }
    for (const [index, node] of reviews.entries()) {
      const position = itemPosition(item, { index, count: reviews.length });
      const reading = readClaimReview(node);
      yield reading.ok ? { type: "entry", position, entry: reading.entry } : { type: "refused", position, reason: reading.reason };
    }
  }
}

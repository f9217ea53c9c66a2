import { Parser } from "htmlparser2";
import { findClaimReviews } from "../json-ld";
import { MAX_SCRIPT_CHARS } from "../limits";
import { readClaimReview } from "../read-claim-review";
import { FeedStop, itemPosition, type FeedEvent } from "./feed-event";
import { splitJsonText } from "./json-item-reader";

type Script = { index: number; text: string; isTooLarge: boolean };

function isJsonLd(type: string | undefined): boolean {
  return (type ?? "").split(";")[0]!.trim().toLowerCase() === "application/ld+json";
}

/**
 * A fact-check page's entries: the ClaimReview nodes anywhere in its JSON-LD scripts, numbered
 * in page order. Other nodes (the page, its breadcrumbs, the organisation) are not items. A
 * script that is not valid JSON is refused on its own; a page with no ClaimReview at all stops.
 */
export async function* readHtmlFeed(text: AsyncIterable<string>): AsyncGenerator<FeedEvent> {
  const done: Script[] = [];
  // Held in an object: the parser's callbacks change it, which narrowing of a plain variable would not see.
  const state: { scripts: number; current: Script | null } = { scripts: 0, current: null };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "script" && isJsonLd(attributes.type)) state.current = { index: ++state.scripts, text: "", isTooLarge: false };
      },
      ontext(data) {
        const script = state.current;
        if (!script || script.isTooLarge) return;
        if (script.text.length + data.length > MAX_SCRIPT_CHARS) {
          script.isTooLarge = true;
          script.text = "";
        } else script.text += data;
      },
      onclosetag(name) {
        if (name === "script" && state.current) {
          done.push(state.current);
          state.current = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  let item = 0;
  let refusedScripts = 0;
  function* eventsOf(script: Script): Generator<FeedEvent> {
    const where = `script ${script.index} (JSON-LD)`;
    if (script.isTooLarge) {
      refusedScripts++;
      yield { type: "refused", position: where, reason: `it is larger than ${MAX_SCRIPT_CHARS / 1024 / 1024} MB.` };
      return;
    }
    let items;
    try {
      items = splitJsonText(script.text);
    } catch (error) {
      if (!(error instanceof FeedStop)) throw error;
      refusedScripts++;
      yield { type: "refused", position: where, reason: error.message };
      return;
    }
    for (const split of items) {
      if ("refusal" in split) {
        yield { type: "refused", position: where, reason: `${split.refusal}.` };
        continue;
      }
      for (const node of findClaimReviews(split.value)) {
        const position = itemPosition(++item);
        const reading = readClaimReview(node);
        yield reading.ok ? { type: "entry", position, entry: reading.entry } : { type: "refused", position, reason: reading.reason };
      }
    }
  }

  for await (const chunk of text) {
    parser.write(chunk);
    for (const script of done.splice(0)) yield* eventsOf(script);
  }
  parser.end();
  // A script the page never closes still ends with the page.
  if (state.current) done.push(state.current);
  for (const script of done.splice(0)) yield* eventsOf(script);
  if (item === 0 && refusedScripts === 0)
    throw new FeedStop(
      state.scripts === 0
        ? 'The page has no JSON-LD (<script type="application/ld+json">), so no ClaimReview to import (microdata and RDFa are not read).'
        : `The page's JSON-LD (${state.scripts === 1 ? "one script" : `${state.scripts} scripts`}) holds no ClaimReview: nothing to import.`,
    );
}

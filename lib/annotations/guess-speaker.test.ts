import { describe, expect, it } from "vitest";
import { guessSpeaker } from "./guess-speaker";

function speakerOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  return guessSpeaker(text, start, start + quote.length);
}

describe("guessSpeaker", () => {
  it.each([
    ["Mr Khan said: “We have frozen fares.”", "“We have frozen fares.”", "Mr Khan"],
    ["Sadiq Khan told supporters: “Trust has broken down.”", "“Trust has broken down.”", "Sadiq Khan"],
    ["“We will win this seat,” said Andrew Dismore.", "“We will win this seat,”", "Andrew Dismore"],
    ["“It is a disgrace,” Lord Mann added.", "“It is a disgrace,”", "Lord Mann"],
    ["The chancellor, Rachel Reeves, said: “No return to austerity.”", "“No return to austerity.”", "Rachel Reeves"],
    ["Dr O’Neill warned: “Waiting lists are rising.”", "“Waiting lists are rising.”", "Dr O’Neill"],
    [
      "Mr Khan said: “We have frozen fares for the fourth year running.” Critics said no.",
      "We have frozen fares for the fourth year running",
      "Mr Khan",
    ],
    ["“We will win this seat,” said Andrew Dismore.", "We will win this seat", "Andrew Dismore"],
  ])("finds the speaker in %s", (text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it.each([
    ["He said: “We will not back down.”", "“We will not back down.”"],
    ["The report found “a culture of complacency”.", "“a culture of complacency”"],
    ["Mr Khan said the fares were frozen.\n\n“Nobody believes it.”", "“Nobody believes it.”"],
    ["The fares were “frozen for good.” Critics said otherwise.", "“frozen for good.”"],
  ])("returns null when nobody is named next to it: %s", (text, quote) => {
    expect(speakerOf(text, quote)).toBeNull();
  });
});

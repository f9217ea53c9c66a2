import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { articleDetailsPatchSchema, createArticleSchema } from "./article";

/** What the API answers for a refused body: the field errors (problem details' `errors`). */
function refusal(schema: Parameters<typeof parseInput>[0], raw: unknown) {
  try {
    parseInput(schema, raw);
  } catch (error) {
    if (error instanceof AppError) return error.details.fieldErrors;
    throw error;
  }
  throw new Error("accepted");
}

describe("the body of POST /api/v1/articles", () => {
  it("reads text with its details, or an address with its details", () => {
    expect(parseInput(createArticleSchema, { text: "Some text.", title: " A title ", publisher: "" })).toEqual({
      text: "Some text.",
      title: "A title",
      publisher: null,
      language: "en",
    });
    // No default language for a page: left out, the page's own is taken.
    expect(parseInput(createArticleSchema, { url: "https://example.org/a", byline: "Jo" })).toEqual({
      url: "https://example.org/a",
      byline: "Jo",
    });
  });

  it("names the field of the variant the body chose when it is refused", () => {
    expect(refusal(createArticleSchema, { text: "x", publishedOn: "2024-13-01" })).toEqual({
      publishedOn: "Enter the date as YYYY-MM-DD.",
    });
    expect(refusal(createArticleSchema, { url: "" })).toEqual({ url: "Enter the page's address." });
    // Refusals a plain union would hide behind "send text or url": a bad link, a wrong type, an unknown key.
    expect(refusal(createArticleSchema, { text: "x", sourceUrl: "javascript:alert(1)", title: 42 })).toEqual({
      sourceUrl: "Only http:// and https:// addresses are accepted, not javascript://.",
      title: expect.any(String),
    });
    expect(refusal(createArticleSchema, { url: "https://example.org/", text_: "x" })).toEqual({ _: expect.stringContaining("text_") });
    expect(refusal(createArticleSchema, { text: "x", title: "t".repeat(301) })).toEqual({
      title: "The title can be at most 300 characters.",
    });
  });

  it("says what to send when the body is neither, or both", () => {
    const neither = "Send the article's text (text), or the address of its page (url).";
    for (const body of [{}, { title: "Only a title" }, { text: "x", url: "https://example.org/" }, null, "text"])
      expect(refusal(createArticleSchema, body)).toEqual({ _: expect.any(String) });
    expect(refusal(createArticleSchema, {})).toEqual({ _: neither });
    expect(refusal(createArticleSchema, { text: 42 })).toEqual({ text: "Send the article's text." });
  });
});

describe("the body of PATCH /api/v1/articles/{id}", () => {
  it("keeps only what was sent: a detail left out stays as it is, null or blank clears it", () => {
    expect(parseInput(articleDetailsPatchSchema, { publisher: "The Paper" })).toEqual({ publisher: "The Paper" });
    expect(parseInput(articleDetailsPatchSchema, { byline: "", sourceUrl: null })).toEqual({ byline: null, sourceUrl: null });
    // The form's default language is no part of a patch that does not send one.
    expect(parseInput(articleDetailsPatchSchema, { title: "New" })).not.toHaveProperty("language");
  });

  it("refuses an empty patch, a blank title and what it cannot change", () => {
    expect(refusal(articleDetailsPatchSchema, {})).toEqual({ _: "Send at least one detail to change." });
    expect(refusal(articleDetailsPatchSchema, { title: "  " })).toEqual({ title: "Enter a title." });
    expect(refusal(articleDetailsPatchSchema, { text: "A new text" })).toEqual({ _: expect.stringContaining("text") });
    expect(refusal(articleDetailsPatchSchema, { language: "English" })).toEqual({ language: "Use a language code such as en or en-GB." });
  });
});

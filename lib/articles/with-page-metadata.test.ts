import { describe, expect, it } from "vitest";
import type { PageMetadata } from "@/lib/import/page-metadata";
import { articleMetadataSchema } from "@/lib/validation/article";
import { withPageMetadata } from "./with-page-metadata";

const typed = (values: Record<string, string>) => articleMetadataSchema.parse(values);
const page = (values: Partial<PageMetadata>): PageMetadata => ({
  title: null,
  byline: null,
  publisher: null,
  publishedOn: null,
  canonicalUrl: null,
  language: null,
  ...values,
});

describe("withPageMetadata", () => {
  it("fills the fields left blank from what the page says about itself", () => {
    const found = page({
      byline: "Ann Reporter",
      publisher: "The Courier",
      publishedOn: "2026-03-01",
      canonicalUrl: "https://example.org/a",
    });
    expect(withPageMetadata(typed({ title: "Typed" }), found)).toEqual({
      ...typed({ title: "Typed" }),
      byline: "Ann Reporter",
      publisher: "The Courier",
      publishedOn: "2026-03-01",
      canonicalUrl: "https://example.org/a",
    });
  });

  it("keeps what was typed over what the page says", () => {
    const metadata = typed({ byline: "Typed byline", publisher: "Typed publisher", publishedOn: "2025-01-02" });
    expect(withPageMetadata(metadata, page({ byline: "Page byline", publisher: "Page publisher", publishedOn: "2026-03-01" }))).toEqual(
      metadata,
    );
  });

  it("leaves out a found value the schema refuses, rather than store it", () => {
    const filled = withPageMetadata(
      typed({}),
      page({ publishedOn: "0000-01-01", canonicalUrl: "javascript:alert(1)", byline: "x".repeat(201) }),
    );
    expect(filled).toMatchObject({ publishedOn: undefined, canonicalUrl: undefined, byline: undefined });
  });

  it("takes neither the page's title nor its language: the title comes from extraction, the language is the form's", () => {
    const metadata = typed({});
    expect(withPageMetadata(metadata, page({ title: "Page title", language: "fr" }))).toEqual(metadata);
  });

  it("changes nothing without page metadata (text and Markdown)", () => {
    const metadata = typed({ title: "Typed" });
    expect(withPageMetadata(metadata, null)).toBe(metadata);
  });
});

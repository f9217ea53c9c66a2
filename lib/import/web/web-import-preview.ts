// What the import form receives after fetching a page: shared by the server and the browser.
export type WebImportPreview = {
  snapshotId: string;
  finalUrl: string;
  fetchedAt: string;
  /** The article text as it will be imported. */
  text: string;
  /** True when Readability found no article and the text is the fallback extractor's: worth a closer look. */
  isFallback: boolean;
  /** An article that already has exactly this text. */
  existingArticle: { id: string; title: string } | null;
  /** Prefills for the form's fields, each one the person importing may correct. */
  fields: Record<"title" | "byline" | "publisher" | "publishedOn" | "sourceUrl" | "canonicalUrl" | "language", string>;
};

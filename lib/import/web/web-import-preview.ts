// What the import form receives after fetching a page: shared by the server and the browser.
export type WebImportPreview = {
  snapshotId: string;
  finalUrl: string;
  fetchedAt: string;
  /** The article text as it will be imported. */
  text: string;
  /** True when no article was found and the whole page's text is shown instead. */
  wholePage: boolean;
  /** An article that already has exactly this text. */
  existingArticle: { id: string; title: string } | null;
  /** Prefills for the form's fields, each one the person importing may correct. */
  fields: Record<"title" | "byline" | "publisher" | "publishedOn" | "sourceUrl" | "canonicalUrl" | "language", string>;
};

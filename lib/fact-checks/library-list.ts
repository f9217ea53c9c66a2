/** One entry of the library page's list, as the browser gets it. */
export type LibraryListEntry = {
  id: string;
  origin: "library" | "desk";
  url: string | null;
  claimReviewed: string;
  headline: string | null;
  ratingName: string | null;
  publisherName: string | null;
  datePublished: string | null;
  language: string | null;
  addedAt: string;
};

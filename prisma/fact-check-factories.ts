// Library entries and signed-off claims for integration tests, each with words of its own so tests
// running in parallel on one database never match each other's entries.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { VerdictRating } from "@/lib/enums";
import { claimKey } from "@/lib/fact-checks/desk-entry";
import { approveAnnotation } from "@/lib/server/reviews/review-annotation";
import { submitAnnotation } from "@/lib/server/reviews/submit-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { addSource } from "@/lib/server/sources/add-source";
import { addFactCheckTerms, removeFactCheckTerms } from "@/lib/server/fact-checks/term-stats";
import { createTestAnnotation } from "@/prisma/test-factories";

/**
 * A made-up word of letters only that no other test uses. It ends in "x", which no stemmer takes
 * off, so it is its own lexeme however many times it is stemmed.
 */
export function uniqueWord(): string {
  return `zq${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}x`;
}

type LibraryEntry = {
  claimReviewed: string;
  url?: string;
  headline?: string | null;
  ratingName?: string | null;
  ratingValue?: number | null;
  bestRating?: number | null;
  worstRating?: number | null;
  publisherName?: string | null;
  datePublished?: string | null;
};

/** An imported fact-check (origin LIBRARY), written as an import would, term counts included. */
export async function createLibraryEntry(entry: LibraryEntry) {
  const db = getDb();
  const row = await db.factCheck.create({
    data: {
      origin: "LIBRARY",
      url: entry.url ?? `https://factcheck.example/${uniqueWord()}`,
      claimReviewed: entry.claimReviewed,
      claimKey: claimKey(entry.claimReviewed),
      headline: entry.headline ?? null,
      ratingName: entry.ratingName ?? null,
      ratingValue: entry.ratingValue ?? null,
      bestRating: entry.bestRating ?? null,
      worstRating: entry.worstRating ?? null,
      publisherName: entry.publisherName ?? null,
      datePublished: entry.datePublished ? new Date(`${entry.datePublished}T00:00:00Z`) : null,
    },
  });
  await addFactCheckTerms(db, [row.id]);
  return row;
}

/** A library entry removed as a repair or a re-import would remove it: out of the term counts first. */
export async function deleteFactCheck(id: string) {
  const db = getDb();
  await db.$transaction(async (tx) => {
    await removeFactCheckTerms(tx, [id]);
    await tx.factCheck.delete({ where: { id } });
  });
}

/** A claim on `article` with this checkable sentence and verdict, sourced, submitted by `author` and approved by `approver`. */
export async function approvedClaim(
  { author, approver }: { author: Actor; approver: Actor },
  article: { id: string; text: string },
  { claimText, rating = "FALSE", exact }: { claimText: string; rating?: VerdictRating; exact?: string },
) {
  const claim = await createTestAnnotation(author, article, exact ? { exact } : {});
  const edited = await updateAnnotation({
    actor: author,
    input: { annotationId: claim.id, version: claim.version, patch: { claimText, verdict: { rating } } },
  });
  const sourced = await addSource({
    actor: author,
    input: { annotationId: claim.id, version: edited.version, source: { url: "https://www.ons.gov.uk/", stance: "CONTRADICTS" } },
  });
  const submitted = await submitAnnotation({ actor: author, input: { annotationId: claim.id, version: sourced.version } });
  return approveAnnotation({ actor: approver, input: { annotationId: claim.id, version: submitted.version } });
}

/** How many library entries the term counts say hold `word`, and how many actually do (ts_stat's count for it). */
export async function termCounts(word: string): Promise<{ counted: number; actual: number }> {
  const db = getDb();
  const [row] = await db.$queryRaw<{ docs: number }[]>`SELECT docs FROM "FactCheckTerm" WHERE term = ${word}`;
  const [actual] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "FactCheck" f, unnest(f."searchVector") AS u(lexeme, positions, weights) WHERE u.lexeme = ${word}`;
  return { counted: row?.docs ?? 0, actual: actual?.n ?? 0 };
}

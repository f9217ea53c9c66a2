import "server-only";
import type { Tx } from "@/lib/db";
import { appBaseUrl, organisation } from "@/lib/env";
import { deskEntry, deskEntryUrl, type DeskFinding } from "@/lib/fact-checks/desk-entry";
import { addFactCheckTerms, removeFactCheckTerms } from "@/lib/server/fact-checks/term-stats";

// The desk's own entries in the library, kept in step with the article's sign-off, in the
// transaction of each change: signed off (the claims join, or stand again with their new values),
// reopened or corrected (marked), a public report published or revoked (its address set or cleared).
// Only a change of the claim's text, headline or names changes the search vector, so only the
// sign-off, which rewrites or removes entries, moves the library's term counts.

/** The public report's address while the article has an active link, else null. */
export function publicReportUrl(token: string | null | undefined): string | null {
  return token ? `${appBaseUrl()}/r/${token}` : null;
}

/**
 * At sign-off: every claim the sign-off covers that is approved with a verdict stands in the library
 * as the desk's fact-check (its current values, CURRENT), and an earlier entry of a finding that no
 * longer qualifies (dismissed, deleted, its verdict removed) leaves it. Answers how many stand.
 */
export async function recordDeskEntries(tx: Tx, { articleId, signedOffAt }: { articleId: string; signedOffAt: Date }): Promise<number> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      language: true,
      sourceUrl: true,
      publishedOn: true,
      publicLinks: { where: { revokedAt: null }, select: { token: true }, take: 1 },
      annotations: {
        where: {
          deletedAt: null,
          OR: [
            { kind: "CLAIM", status: "APPROVED", verdict: { isNot: null } },
            { kind: "QUOTE", speaker: { not: null } },
          ],
        },
        orderBy: { id: "asc" },
        select: {
          id: true,
          kind: true,
          start: true,
          end: true,
          claimText: true,
          exact: true,
          speaker: true,
          verdict: { select: { rating: true } },
        },
      },
    },
  });
  const quotes = article.annotations.filter((a) => a.kind === "QUOTE");
  const findings: DeskFinding[] = article.annotations
    .filter((a) => a.kind === "CLAIM" && a.verdict)
    .map((claim) => ({
      id: claim.id,
      claimText: claim.claimText,
      exact: claim.exact,
      // As the ClaimReview export names the claimant: its own speaker, else a quote's around it.
      speaker: claim.speaker ?? quotes.find((q) => q.start <= claim.start && q.end >= claim.end)?.speaker ?? null,
      rating: claim.verdict!.rating,
    }));
  const context = {
    article,
    organisation: organisation(appBaseUrl()),
    signedOffAt,
    publicUrl: publicReportUrl(article.publicLinks[0]?.token),
  };

  const earlier = await tx.factCheck.findMany({ where: { articleId, origin: "DESK" }, select: { id: true, annotationId: true } });
  // Out of the counts before their vectors change or go; the standing ones are counted again below.
  await removeFactCheckTerms(
    tx,
    earlier.map((entry) => entry.id),
  );
  const standing = new Set(findings.map((f) => f.id));
  const gone = earlier.filter((entry) => !standing.has(entry.annotationId!)).map((entry) => entry.id);
  if (gone.length) await tx.factCheck.deleteMany({ where: { id: { in: gone } } });
  const entryOf = new Map(earlier.map((entry) => [entry.annotationId!, entry.id]));
  // A first sign-off adds every entry in one statement; a later one rewrites those that stand again.
  const added = await tx.factCheck.createManyAndReturn({
    data: findings.filter((f) => !entryOf.has(f.id)).map((f) => deskEntry(f, context)),
    select: { id: true },
  });
  const again = findings.filter((f) => entryOf.has(f.id));
  for (const finding of again)
    await tx.factCheck.update({ where: { id: entryOf.get(finding.id)! }, data: deskEntry(finding, context), select: { id: true } });
  const ids = [...added.map((entry) => entry.id), ...again.map((f) => entryOf.get(f.id)!)];
  await addFactCheckTerms(tx, ids);
  return ids.length;
}

/** Reopened: the entries no longer stand for the desk, and the report they pointed at is not served meanwhile. */
export async function markDeskEntriesReopened(tx: Tx, articleId: string): Promise<void> {
  await tx.factCheck.updateMany({ where: { articleId, origin: "DESK", standing: "CURRENT" }, data: { standing: "REOPENED", url: null } });
}

/** Corrected: the text the entries were checked against has changed, whatever their standing was. */
export async function markDeskEntriesCorrected(tx: Tx, articleId: string): Promise<void> {
  await tx.factCheck.updateMany({ where: { articleId, origin: "DESK" }, data: { standing: "CORRECTED", url: null } });
}

/** A public report published (its token) or revoked (null): the standing entries point at their place in it, or at nothing. */
export async function setDeskEntriesReport(tx: Tx, articleId: string, token: string | null): Promise<void> {
  const publicUrl = publicReportUrl(token);
  if (!publicUrl) {
    await tx.factCheck.updateMany({ where: { articleId, origin: "DESK" }, data: { url: null } });
    return;
  }
  const entries = await tx.factCheck.findMany({
    where: { articleId, origin: "DESK", standing: "CURRENT" },
    select: { id: true, annotationId: true },
  });
  if (entries.length === 0) return;
  await tx.$executeRaw`
    UPDATE "FactCheck" AS f SET url = v.url, "updatedAt" = now()
    FROM unnest(${entries.map((e) => e.id)}::text[], ${entries.map((e) => deskEntryUrl(publicUrl, e.annotationId!))}::text[]) AS v(id, url)
    WHERE f.id = v.id`;
}

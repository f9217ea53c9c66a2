import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// The audit trail is one hash chain per article (events without an article form one chain of
// their own). The database builds it: a BEFORE INSERT trigger takes the chain's advisory lock and
// sets seq, prevHash and hash = audit_event_hash(...) (migration 20261125194800_audit_chain).
// This module reads chain heads for sign-offs and verifies chains, asking the database's own
// function for each recomputed hash so both sides hash the same bytes.

export type ChainBreakReason = "seq-gap" | "seq-repeated" | "prev-hash-mismatch" | "hash-mismatch" | "unknown-chain-head";

export type ChainBreak = {
  /** null for the chain of events without an article. */
  articleId: string | null;
  /** null when an expected head (a sign-off's chainHead) is not in its chain at all. */
  seq: number | null;
  eventId: string | null;
  reason: ChainBreakReason;
  /** What is wrong, in a sentence. */
  detail: string;
  signOffId?: string;
};

/** A head that must be the hash of an event in the article's chain, e.g. a sign-off's chainHead. */
export type ExpectedHead = { articleId: string; chainHead: string; signOffId?: string };

export type VerifyAuditChainOptions = {
  /** One chain only: an article's id, or null for the events without an article. */
  articleId?: string | null;
  expectedHeads?: ExpectedHead[];
};

export type AuditChainVerification = { ok: true; chains: number; events: number } | { ok: false; broken: ChainBreak };

/** One stored event with the hash the database recomputes from its content. */
export type ChainEvent = { id: string; seq: number; prevHash: string | null; hash: string; recomputedHash: string };

type Queryable = Db | Tx;

const PAGE_SIZE = 1000;

/**
 * The hash of the article's newest event, or null when it has none. Takes the chain's lock first,
 * so every earlier writer has committed and no event can be appended until this transaction ends:
 * the head stays the newest event of what the transaction commits (unless it appends events itself).
 */
export async function readChainHead(tx: Tx, articleId: string): Promise<string | null> {
  // A statement of its own: under READ COMMITTED the next query's snapshot is taken after the lock.
  await tx.$executeRaw`SELECT "audit_chain_lock"(${articleId})`;
  const newest = await tx.auditEvent.findFirst({
    where: { articleId },
    orderBy: [{ seq: "desc" }, { id: "desc" }],
    select: { hash: true },
  });
  return newest?.hash ?? null;
}

/** The chain heads that sign-offs recorded, oldest first, as expected heads for verifyAuditChain. */
export async function readSignOffHeads(db: Queryable, options: { articleId?: string } = {}): Promise<ExpectedHead[]> {
  const signOffs = await db.articleSignOff.findMany({
    where: options.articleId === undefined ? {} : { articleId: options.articleId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, articleId: true, chainHead: true },
  });
  return signOffs.map((s) => ({ articleId: s.articleId, chainHead: s.chainHead, signOffId: s.id }));
}

/**
 * Walks every chain (or one) in seq order and names the first broken link: a seq that is not the
 * previous one plus 1, a prevHash that is not the previous event's hash, or a hash that does not
 * match the event's content. Then checks that each expected head is an event hash in its chain.
 * Chains are walked in articleId order (the chain without an article first).
 */
export async function verifyAuditChain(db: Queryable, options: VerifyAuditChainOptions = {}): Promise<AuditChainVerification> {
  const chains =
    options.articleId === undefined
      ? await db.$queryRaw<{ articleId: string | null }[]>`
          SELECT DISTINCT "articleId" FROM "AuditEvent" ORDER BY "articleId" NULLS FIRST`
      : [{ articleId: options.articleId }];
  let events = 0;
  let walked = 0;
  for (const { articleId } of chains) {
    let previous: ChainEvent | null = null;
    let page: ChainEvent[];
    do {
      page = await readChainPage(db, articleId, previous);
      for (const event of page) {
        const problem = checkLink(previous, event);
        if (problem) return { ok: false, broken: { articleId, seq: event.seq, eventId: event.id, ...problem } };
        previous = event;
      }
      events += page.length;
    } while (page.length === PAGE_SIZE);
    if (previous) walked++;
  }
  const heads = (options.expectedHeads ?? []).filter((h) => options.articleId === undefined || h.articleId === options.articleId);
  const unknown = await firstUnknownHead(db, heads);
  if (unknown) {
    const by = unknown.signOffId ? `Sign-off ${unknown.signOffId} names` : "Expected";
    return {
      ok: false,
      broken: {
        articleId: unknown.articleId,
        seq: null,
        eventId: null,
        reason: "unknown-chain-head",
        detail: `${by} chain head ${unknown.chainHead}, which is not the hash of any event in this article's chain.`,
        ...(unknown.signOffId ? { signOffId: unknown.signOffId } : {}),
      },
    };
  }
  return { ok: true, chains: walked, events };
}

/** Why `event` cannot follow `previous` (null: it should be the chain's first event), or null. */
export function checkLink(
  previous: Pick<ChainEvent, "seq" | "hash"> | null,
  event: ChainEvent,
): Pick<ChainBreak, "reason" | "detail"> | null {
  const expectedSeq = previous ? previous.seq + 1 : 1;
  if (event.seq > expectedSeq) {
    const missing = event.seq === expectedSeq + 1 ? `seq ${expectedSeq} is missing` : `seq ${expectedSeq}–${event.seq - 1} are missing`;
    return { reason: "seq-gap", detail: `Gap before seq ${event.seq}: ${missing}.` };
  }
  if (event.seq < expectedSeq) {
    return { reason: "seq-repeated", detail: `Seq ${event.seq} where seq ${expectedSeq} was expected: the chain repeats or forks.` };
  }
  const expectedPrev = previous?.hash ?? null;
  if (event.prevHash !== expectedPrev) {
    return {
      reason: "prev-hash-mismatch",
      detail: expectedPrev
        ? `prevHash ${event.prevHash ?? "(none)"} is not the previous event's hash ${expectedPrev}.`
        : `The first event has prevHash ${event.prevHash}, but nothing precedes it.`,
    };
  }
  if (event.hash !== event.recomputedHash) {
    return { reason: "hash-mismatch", detail: `Stored hash ${event.hash} does not match the event's content (${event.recomputedHash}).` };
  }
  return null;
}

async function readChainPage(db: Queryable, articleId: string | null, after: Pick<ChainEvent, "seq" | "id"> | null): Promise<ChainEvent[]> {
  const chain = articleId === null ? Prisma.sql`"articleId" IS NULL` : Prisma.sql`"articleId" = ${articleId}`;
  // (seq, id) rather than seq alone, so a repeated seq is read rather than skipped.
  const rows = await db.$queryRaw<{ id: bigint; seq: number; prevHash: string | null; hash: string; recomputedHash: string }[]>`
    SELECT "id", "seq", "prevHash", "hash",
      "audit_event_hash"("seq", "prevHash", "actorId", "action", "entityType", "entityId", "articleId", "before", "after", "createdAt") AS "recomputedHash"
    FROM "AuditEvent"
    WHERE ${chain} AND ("seq", "id") > (${after?.seq ?? -1}::integer, ${after?.id ?? "0"}::bigint)
    ORDER BY "seq", "id"
    LIMIT ${PAGE_SIZE}`;
  return rows.map((r) => ({ ...r, id: String(r.id) }));
}

/** The first expected head (in the given order) that is not the hash of an event in its chain. */
async function firstUnknownHead(db: Queryable, heads: ExpectedHead[]): Promise<ExpectedHead | null> {
  if (heads.length === 0) return null;
  const [unknown] = await db.$queryRaw<{ articleId: string; chainHead: string; signOffId: string | null }[]>`
    SELECT h."articleId", h."chainHead", h."signOffId"
    FROM unnest(${heads.map((h) => h.articleId)}::text[], ${heads.map((h) => h.chainHead)}::text[],
                ${heads.map((h) => h.signOffId ?? null)}::text[]) WITH ORDINALITY AS h("articleId", "chainHead", "signOffId", "position")
    WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."articleId" = h."articleId" AND e."hash" = h."chainHead")
    ORDER BY h."position"
    LIMIT 1`;
  return unknown ? { articleId: unknown.articleId, chainHead: unknown.chainHead, signOffId: unknown.signOffId ?? undefined } : null;
}

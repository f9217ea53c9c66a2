import "server-only";
import type { Tx } from "@/lib/db";

// Placeholder until the audit-chain branch lands: reads the newest hash of an article's chain.
export async function readChainHead(tx: Tx, articleId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<
    { hash: string }[]
  >`SELECT hash FROM "AuditEvent" WHERE "articleId" = ${articleId} ORDER BY seq DESC, id DESC LIMIT 1`;
  return rows[0]?.hash ?? null;
}

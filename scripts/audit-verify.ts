// `npm run audit:verify [-- --article <id>]`: walks the audit trail's hash chains (every article's,
// and the one of events without an article) and checks each sign-off's recorded chain head.
// Prints one line; exits 0 when the trail is intact, 1 naming the first broken link.
import { parseArgs } from "node:util";
import { resolveDatabase } from "./db/resolve-database.ts";

const { values } = parseArgs({ options: { article: { type: "string" } } });

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
const { getDb } = await import("../lib/db.ts");
const { readSignOffHeads, verifyAuditChain } = await import("../lib/server/audit-chain.ts");

let exitCode = 1;
try {
  const articleId = values.article;
  const expectedHeads = await readSignOffHeads(getDb(), { articleId });
  const result = await verifyAuditChain(getDb(), { articleId, expectedHeads });
  if (result.ok) {
    console.log(
      `Audit trail intact: ${result.events} event(s) in ${result.chains} chain(s), ${expectedHeads.length} sign-off head(s) found in their chains.`,
    );
    exitCode = 0;
  } else {
    const { articleId: article, seq, eventId, reason, detail, signOffId } = result.broken;
    const where = [
      `article ${article ?? "(none: events without an article)"}`,
      seq === null ? null : `seq ${seq}`,
      eventId === null ? null : `event ${eventId}`,
      signOffId ? `sign-off ${signOffId}` : null,
    ].filter(Boolean);
    console.log(`Audit trail BROKEN at ${where.join(", ")} (${reason}): ${detail}`);
  }
} finally {
  await getDb().$disconnect();
  await db.stop();
}
process.exit(exitCode);

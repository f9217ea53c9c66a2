// 50 editors hammering 20 cards: each opens a random card, thinks a moment, and saves one field,
// over and over. Counts the saves refused as conflicts, first as saves were before the three-way
// merge (version only), then with the base values of the changed field (field-by-field merge).
// Calls the use case directly on a real database: this measures the rule, not HTTP.
import { createScratchDatabase } from "../db/scratch-database.ts";
import { applyMigrations } from "../db/schema-engine.ts";

const EDITORS = 50;
const CARDS = 20;
const SAVES_PER_EDITOR = 20;
const FIELDS = ["claimText", "note", "speaker", "holder", "quoteOrigin"] as const;

const scratch = await createScratchDatabase("factmark_bench");
process.env.DATABASE_URL = scratch.url;
process.env.FACTMARK_LIVE_BUS = "memory";
try {
  await applyMigrations(scratch.url);
  const { getDb } = await import("../../lib/db.ts");
  const { createTestArticle, createTestUser } = await import("../../prisma/test-factories.ts");
  const { createAnnotation } = await import("../../lib/server/annotations/create-annotation.ts");
  const { updateAnnotation } = await import("../../lib/server/annotations/update-annotation.ts");
  const { annotationSelect, toAnnotationView } = await import("../../lib/server/annotations/annotation-view.ts");
  const { baseOf } = await import("../../lib/annotations/field-merge.ts");
  const { AppError } = await import("../../lib/errors.ts");

  const editors = await Promise.all(Array.from({ length: EDITORS }, () => createTestUser("EDITOR")));
  const article = await createTestArticle(editors[0]!);
  const words = [...article.text.matchAll(/\b\w{4,}\b/g)].slice(0, CARDS);

  for (const mode of ["version only (before)", "field merge (after)"] as const) {
    const cards: { id: string }[] = [];
    for (const word of words) {
      const start = word.index!;
      cards.push(
        await createAnnotation({
          actor: editors[0]!,
          input: { articleId: article.id, articleRevision: 1, kind: "CLAIM", start, end: start + word[0].length, exact: word[0] },
        }),
      );
    }
    let saved = 0;
    let refused = 0;
    let busy = 0;
    const started = performance.now();
    await Promise.all(
      editors.map(async (actor, who) => {
        for (let round = 0; round < SAVES_PER_EDITOR; round++) {
          const card = cards[Math.floor(Math.random() * cards.length)]!;
          const view = toAnnotationView(await getDb().annotation.findUniqueOrThrow({ where: { id: card.id }, select: annotationSelect }));
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
          const field = FIELDS[Math.floor(Math.random() * FIELDS.length)]!;
          const patch = { [field]: `${field} by ${who}.${round}` };
          const input = {
            annotationId: card.id,
            version: view.version,
            patch,
            ...(mode.startsWith("field") && { base: baseOf(view, patch) }),
          };
          for (;;) {
            try {
              await updateAnnotation({ actor, input });
              saved++;
            } catch (error) {
              // 50 transactions at once queue for the pool's 10 connections: a save that could not
              // start in time (P2028) never ran, and is sent again as the browser would.
              if ((error as { code?: string }).code === "P2028") {
                busy++;
                continue;
              }
              if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
              refused++;
            }
            break;
          }
        }
      }),
    );
    const total = saved + refused;
    console.log(
      `${mode}: ${total} saves by ${EDITORS} editors on ${CARDS} cards (${FIELDS.length} fields): ${refused} refused = ` +
        `${((100 * refused) / total).toFixed(1)} % (${((performance.now() - started) / 1000).toFixed(1)} s, ${busy} resent after waiting for a connection)`,
    );
  }
  await getDb().$disconnect();
} finally {
  await scratch.drop();
}
process.exit(0);

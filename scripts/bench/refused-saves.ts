// 50 editors hammering 20 cards: each opens a random card, thinks a moment, and saves one field,
// over and over. Counts the saves refused as conflicts, as saves were before the three-way merge
// (version only) and with the base values of the changed field (field-by-field merge).
// Calls the use case directly on a real database: this measures the rule, not HTTP.
//
// Seeded (BENCH_SEED): each editor's choices (card, pause, field) come from its own seeded
// sequence, and within a round both modes replay the same choices, so they differ only by the
// rule. The modes alternate which runs first, from a seeded coin toss, over BENCH_ROUNDS rounds
// (2), so neither always runs on a warmer database.
import { createScratchDatabase } from "../db/scratch-database.ts";
import { applyMigrations } from "../db/schema-engine.ts";
import { pick, seededRandom } from "./support/seeded-random.ts";

const EDITORS = 50;
const CARDS = 20;
const SAVES_PER_EDITOR = 20;
const FIELDS = ["claimText", "note", "speaker", "holder", "quoteOrigin"] as const;
const SEED = Number(process.env.BENCH_SEED ?? 18);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const MODES = ["version only (before)", "field merge (after)"] as const;
type Mode = (typeof MODES)[number];

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

  /** One run: fresh cards, every editor's saves from its own sequence seeded by `seed`. */
  async function run(mode: Mode, seed: number) {
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
        const random = seededRandom(seed * 1_000 + who);
        for (let round = 0; round < SAVES_PER_EDITOR; round++) {
          const card = pick(random, cards);
          const view = toAnnotationView(await getDb().annotation.findUniqueOrThrow({ where: { id: card.id }, select: annotationSelect }));
          await new Promise((resolve) => setTimeout(resolve, random() * 30));
          const field = pick(random, FIELDS);
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
    return { total, refused, share: (100 * refused) / total, seconds: (performance.now() - started) / 1000, busy };
  }

  const coin = seededRandom(SEED);
  const mergeFirst = coin() < 0.5;
  const shares = new Map<Mode, number[]>(MODES.map((mode) => [mode, []]));
  console.log(
    `seed ${SEED}, ${ROUNDS} round(s); the mode that runs first alternates, starting with the ${mergeFirst ? "merge" : "version only"}`,
  );
  for (let round = 0; round < ROUNDS; round++) {
    const order = mergeFirst === (round % 2 === 0) ? [...MODES].reverse() : [...MODES];
    for (const [place, mode] of order.entries()) {
      const result = await run(mode, SEED + round);
      shares.get(mode)!.push(result.share);
      console.log(
        `round ${round + 1}, ${place === 0 ? "first" : "second"}: ${mode}: ${result.total} saves by ${EDITORS} editors on ${CARDS} cards ` +
          `(${FIELDS.length} fields): ${result.refused} refused = ${result.share.toFixed(1)} % ` +
          `(${result.seconds.toFixed(1)} s, ${result.busy} resent after waiting for a connection)`,
      );
    }
  }
  for (const [mode, values] of shares) {
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log(`${mode}: ${mean.toFixed(1)} % refused on average (${values.map((value) => value.toFixed(1)).join(", ")})`);
  }
  await getDb().$disconnect();
} finally {
  await scratch.drop();
}
process.exit(0);

// Saves per second with one `next start` instance and with two on the same PostgreSQL, behind a
// round-robin client (what a load balancer does). One Node process serves on one core; this
// machine has two, and the load generator runs on them too, so the figure says how much a second
// instance buys here, not on a bigger machine. Production build (`npm run build` first); needs a
// real PostgreSQL (DATABASE_URL), as several instances do.
import { createBenchArticle, createBenchClaim, openBenchDatabase } from "./support/bench-database.ts";
import { actionId, actionResult } from "../../e2e/server-actions.ts";
import { cpuMs, signIn, startNext, type NextServer } from "./support/server.ts";

if (!process.env.DATABASE_URL) {
  console.log("instances bench: skipped, it needs a real PostgreSQL (set DATABASE_URL).");
  process.exit(0);
}
const PORT = Number(process.env.BENCH_PORT ?? 3200) + 60;
const EDITORS = 16;
const SECONDS = 12;

const { scratch, getDb, DEMO_USERS, editor } = await openBenchDatabase();
const servers: NextServer[] = [];
try {
  const text = "Council tax will rise by 4.99 per cent, the leader said. Critics disagree about the figures.";
  const article = await createBenchArticle(editor.id, "Instances", text, 0, { status: "IN_PROGRESS" });
  // One card per editor, so saves measure throughput, not conflicts.
  const cards = await Promise.all(Array.from({ length: EDITORS }, () => createBenchClaim(article, editor.id, "Council tax")));
  await getDb().$disconnect();
  for (let i = 0; i < 2; i++) servers.push(await startNext(PORT + i, { FACTMARK_LIVE_BUS: "postgres" }));
  const session = await signIn(servers[0]!.base, DEMO_USERS.editor);
  // The session cookie is signed with the shared AUTH_SECRET: any instance accepts it.
  const cookie = (await session.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const saveAction = actionId("updateAnnotationAction");
  const versions = new Map(cards.map((card) => [card.id, card.version]));

  async function run(instances: NextServer[]) {
    let saves = 0;
    let turn = 0;
    const cpuBefore = instances.map((server) => cpuMs(server.process.pid!));
    const deadline = performance.now() + SECONDS * 1000;
    await Promise.all(
      cards.map(async (card) => {
        while (performance.now() < deadline) {
          const server = instances[turn++ % instances.length]!;
          const response = await fetch(`${server.base}/articles/${article.id}`, {
            method: "POST",
            headers: { cookie, accept: "text/x-component", "next-action": saveAction, "content-type": "text/plain;charset=UTF-8" },
            body: JSON.stringify([{ annotationId: card.id, version: versions.get(card.id), patch: { note: `save ${saves}` } }]),
          });
          const result = actionResult(Buffer.from(await response.arrayBuffer())) as { ok: boolean; data?: { version: number } };
          if (!result?.ok) throw new Error(`save refused: ${JSON.stringify(result).slice(0, 200)}`);
          versions.set(card.id, result.data!.version);
          saves++;
        }
      }),
    );
    const cpu = instances.map((server, i) => (cpuMs(server.process.pid!) - cpuBefore[i]!) / 1000 / SECONDS);
    return { perSecond: saves / SECONDS, cpu };
  }

  await run(servers); // warm both up
  const one = await run(servers.slice(0, 1));
  const two = await run(servers);
  const cores = (cpu: number[]) => cpu.map((c) => `${(c * 100).toFixed(0)} %`).join(" + ");
  console.log(
    `${EDITORS} editors saving as fast as answers come, ${SECONDS} s each, on this 2-core machine (the load generator shares it):`,
  );
  console.log(`  one instance:  ${one.perSecond.toFixed(0)} saves/s (server CPU ${cores(one.cpu)} of a core)`);
  console.log(
    `  two instances: ${two.perSecond.toFixed(0)} saves/s (server CPU ${cores(two.cpu)}) = ${(two.perSecond / one.perSecond).toFixed(2)}× one`,
  );
  await session.dispose();
} finally {
  for (const server of servers) await server.stop();
  await scratch.drop();
}
process.exit(0);

// The same GETs of /api/v1 with a bearer token and with a session cookie, on a production build:
// medians, p95 and the ratio token ÷ cookie (target ≤ 1.2). A token request costs what a cookie's
// does (the user re-read on each request) plus its SHA-256 lookup, lastUsedAt (written at most once
// a minute) and the rate-limit count, a write to PostgreSQL shared by every instance (in an
// UNLOGGED table: measured against an ordinary one, which doubled the token's time here). The
// requests alternate between the two ways, so drift of this shared machine hits both alike.
// Every GET operation without path parameters is measured, so operations added later join in.
// Production build (`npm run build` first); needs a real PostgreSQL (DATABASE_URL).
import pg from "pg";
import { createBenchArticle, openBenchDatabase } from "./support/bench-database.ts";
import { makeText, percentile, signIn, startNext, type NextServer } from "./support/server.ts";

if (!process.env.DATABASE_URL) {
  console.log("API token bench: skipped, it needs a real PostgreSQL (set DATABASE_URL).");
  process.exit(0);
}
const PORT = Number(process.env.BENCH_PORT ?? 3200) + 70;
const ROUNDS = Number(process.env.API_BENCH_ROUNDS ?? 300);
const WARM_UP = 30;

const { scratch, getDb, DEMO_USERS, editor } = await openBenchDatabase("factmark_api_bench");
let server: NextServer | undefined;
try {
  // Something for list operations to list.
  for (let i = 0; i < 30; i++) await createBenchArticle(editor.id, `API bench ${i}`, `${makeText(400)}\n\nNumber ${i}.`, 20);
  const { createApiToken } = await import("../../lib/server/api-tokens/create-api-token.ts");
  const { API_OPERATIONS } = await import("../../lib/api/v1/operations/index.ts");
  const { token } = await createApiToken({
    actor: editor,
    input: { name: "bench", scopes: ["READ", "ANNOTATE", "REVIEW", "EXPORT"], expiresInDays: 1 },
  });
  await getDb().$disconnect();
  // An allowance the bench cannot spend: it measures the count's cost, not its refusals.
  server = await startNext(PORT, { FACTMARK_API_RATE_LIMIT: "1000000" });
  const session = await signIn(server.base, DEMO_USERS.editor);
  const cookie = (await session.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  await session.dispose();

  const paths = API_OPERATIONS.filter((operation) => operation.method === "get" && !operation.path.includes("{")).map(
    (operation) => `/api/v1${operation.path}`,
  );
  const ways = { token: { authorization: `Bearer ${token}` }, cookie: { cookie } };

  async function timed(path: string, headers: Record<string, string>) {
    const started = performance.now();
    const response = await fetch(server!.base + path, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return performance.now() - started;
  }

  async function measure(path: string) {
    const times = { token: [] as number[], cookie: [] as number[] };
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      for (const way of round % 2 ? (["token", "cookie"] as const) : (["cookie", "token"] as const)) {
        const ms = await timed(path, ways[way]);
        if (round >= WARM_UP) times[way].push(ms);
      }
    }
    return times;
  }

  // Before: the count in an ordinary (logged) table, its commit waiting for the WAL to reach the
  // disk on every request. Now: the migration makes it UNLOGGED (a lost count costs nothing).
  const owner = new pg.Client({ connectionString: scratch.url });
  await owner.connect();
  console.log(`${ROUNDS} requests each way per path, alternating, one at a time (after ${WARM_UP} to warm up):`);
  let worst = 0;
  for (const [persistence, label] of [
    ["LOGGED", "before: rate-limit table logged"],
    ["UNLOGGED", "now: rate-limit table unlogged"],
  ] as const) {
    await owner.query(`ALTER TABLE "ApiTokenRateWindow" SET ${persistence}`);
    for (const path of paths) {
      const times = await measure(path);
      const median = { token: percentile(times.token, 50), cookie: percentile(times.cookie, 50) };
      const ratio = median.token / median.cookie;
      if (persistence === "UNLOGGED") worst = Math.max(worst, ratio);
      console.log(
        `  ${label}, GET ${path}: token median ${median.token.toFixed(2)} ms (p95 ${percentile(times.token, 95).toFixed(2)}), ` +
          `cookie median ${median.cookie.toFixed(2)} ms (p95 ${percentile(times.cookie, 95).toFixed(2)}): token ÷ cookie = ${ratio.toFixed(2)}×`,
      );
    }
  }
  await owner.end();
  console.log(`  worst ratio now ${worst.toFixed(2)}× (target ≤ 1.2×)`);
} finally {
  await server?.stop();
  await scratch.drop();
}
process.exit(0);

// Does a request's cost follow what it shows, or the size of the database? Two `next start`
// servers on a production build (`npm run build` first), one on a small database (10 articles,
// 1,000 annotations) and one on a large one (10,000 articles, 1,000,000 annotations, 1,000,000
// audit events), filled in SQL. The same requests are interleaved on both; the ratio large/small
// is printed (target for the article list's first page: ≤ 1.5×). Then every SQL statement those
// requests sent to the large database is run again under EXPLAIN ANALYZE, and any sequential scan
// of a large table is named. Search: the /search page over ~40 varied queries (topics, names,
// figures, phrases, filters, misspellings, words in every row) with 100,000 library entries, p50
// and p95 on both databases (target p95 ≤ 200 ms on the large one), and each query's statements
// under EXPLAIN ANALYZE. Needs a real PostgreSQL (DATABASE_URL).
import pg from "pg";
import { randomBytes } from "node:crypto";
import { applyMigrations } from "../db/schema-engine.ts";
import { postAction } from "../../e2e/server-actions.ts";
import { startWireProxy, type WireTrip } from "./support/pg-wire-proxy.ts";
import { seedScale } from "./support/seed-scale.ts";
import { benchQueries, seedSearch } from "./support/seed-search.ts";
import { percentile, signIn, startNext } from "./support/server.ts";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log("scale bench: skipped, it needs a real PostgreSQL (set DATABASE_URL).");
  process.exit(0);
}
const ROUNDS = 10;
const LARGE_TABLES = new Set(["Annotation", "AuditEvent", "Article", "Source", "Verdict", "FactCheck"]);
const SEARCH_ROUNDS = 3;
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const LARGE = { articles: 10_000, annotationsPerArticle: 100, auditPerAnnotation: 1 };
const SMALL = { articles: 10, annotationsPerArticle: 100, auditPerAnnotation: 1 };

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
const suffix = `${Date.now()}_${randomBytes(3).toString("hex")}`;
const names = { template: `factmark_scale_t_${suffix}`, small: `factmark_scale_s_${suffix}`, large: `factmark_scale_l_${suffix}` };
const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
const servers: { stop: () => Promise<void> }[] = [];
try {
  // Schema and demo users once, then both databases copied from it.
  await admin.query(`CREATE DATABASE "${names.template}"`);
  await applyMigrations(urlOf(names.template));
  process.env.DATABASE_URL = urlOf(names.template);
  const { seedDemoUsers } = await import("../../lib/server/users/seed-demo-users.ts");
  const { DEMO_USERS } = await import("../../lib/demo-users.ts");
  const { getDb } = await import("../../lib/db.ts");
  await seedDemoUsers();
  const editor = await getDb().user.findUniqueOrThrow({ where: { email: DEMO_USERS.editor.email } });
  const reviewer = await getDb().user.findUniqueOrThrow({ where: { email: DEMO_USERS.reviewer.email } });
  await getDb().$disconnect();
  // A template must have no sessions: close whatever the seeding left open.
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [
    names.template,
  ]);
  await admin.query(`CREATE DATABASE "${names.small}" TEMPLATE "${names.template}"`);
  await admin.query(`CREATE DATABASE "${names.large}" TEMPLATE "${names.template}"`);
  const people = { editorId: editor.id, reviewerId: reviewer.id };
  await seedScale(urlOf(names.small), SMALL, people);
  const seeded = await seedScale(urlOf(names.large), LARGE, people);
  console.log(
    `large database seeded in ${seeded.seconds.toFixed(0)} s: ${LARGE.articles.toLocaleString("en")} articles, ${seeded.annotations.toLocaleString("en")} annotations and as many audit events`,
  );
  await seedSearch(urlOf(names.small), { articles: SMALL.articles, libraryEntries: 1_000 });
  const searchSeeded = await seedSearch(urlOf(names.large), { articles: LARGE.articles, libraryEntries: 100_000 });
  console.log(
    `search data added in ${searchSeeded.seconds.toFixed(0)} s: claims, speakers, verdicts, 200,000 sources and 100,000 library entries`,
  );

  const sides = await Promise.all(
    (["small", "large"] as const).map(async (side, i) => {
      const proxy = await startWireProxy(urlOf(names[side]));
      const server = await startNext(PORT + 50 + i, { DATABASE_URL: proxy.url, FACTMARK_LIVE_BUS: "postgres" });
      servers.push(server);
      const user = await signIn(server.base, DEMO_USERS.editor);
      const cookie = (await user.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const scale = side === "small" ? SMALL : LARGE;
      // Annotation g lives on article 1 + g % articles: this one is on scale-a-1, with its history.
      const historyOf = `scale-n-${scale.articles}`;
      const created = await postAction(user, "/articles/scale-a-1", "createAnnotationAction", {
        articleId: "scale-a-1",
        articleRevision: 1,
        kind: "CLAIM",
        start: 0,
        end: 8,
        exact: "Sentence",
      });
      if (!created.result?.ok) throw new Error(`create failed on ${side}: ${created.text.slice(0, 200)}`);
      let version = created.result.data.version;
      const get = async (path: string, headers: Record<string, string> = {}) => {
        const response = await fetch(`${server.base}${path}`, { headers: { cookie, ...headers } });
        if (!response.ok) throw new Error(`${side} ${path}: ${response.status}`);
        await response.arrayBuffer();
      };
      const operations: Record<string, () => Promise<void>> = {
        "home page (first page of the list)": () => get("/"),
        "GET /api/articles filtered (status, publisher)": () => get("/api/articles?status=IN_PROGRESS&publisher=Publisher%2013"),
        "GET /api/articles, a later page": async () => {
          const first = (await (await fetch(`${server.base}/api/articles?limit=5`, { headers: { cookie } })).json()) as {
            nextCursor: string;
          };
          await get(`/api/articles?limit=5&after=${first.nextCursor}`);
        },
        "article page (100 annotations)": () => get("/articles/scale-a-1"),
        "a card's history": async () => {
          const answer = await postAction(user, "/articles/scale-a-1", "annotationHistoryAction", { annotationId: historyOf });
          if (!answer.result?.ok) throw new Error(`history failed on ${side}: ${answer.text.slice(0, 200)}`);
        },
        "save (updateAnnotationAction)": async () => {
          const answer = await postAction(user, "/articles/scale-a-1", "updateAnnotationAction", {
            annotationId: created.result!.ok ? created.result!.data.id : "",
            version,
            patch: { note: `note ${version}` },
          });
          if (!answer.result?.ok) throw new Error(`save failed on ${side}: ${answer.text.slice(0, 200)}`);
          version = answer.result.data.version;
        },
        "live catch-up (events after seq 1)": async () => {
          const controller = new AbortController();
          const response = await fetch(`${server.base}/api/articles/scale-a-1/events`, {
            headers: { cookie, "last-event-id": "1" },
            signal: controller.signal,
          });
          await response.body!.getReader().read();
          controller.abort();
        },
      };
      return { side, proxy, operations, get };
    }),
  );

  for (const { operations } of sides) for (const run of Object.values(operations)) for (let i = 0; i < 3; i++) await run();
  const latency = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(sides[0]!.operations)) {
      for (const { side, operations } of sides) {
        const started = performance.now();
        await operations[name]!();
        latency.set(`${side} ${name}`, [...(latency.get(`${side} ${name}`) ?? []), performance.now() - started]);
      }
    }
  }
  console.log(
    `p50 over ${ROUNDS} interleaved rounds: small database (10 articles) | large (10,000 articles, 1,000,000 annotations) | large/small`,
  );
  for (const name of Object.keys(sides[0]!.operations)) {
    const small = percentile(latency.get(`small ${name}`)!, 50);
    const large = percentile(latency.get(`large ${name}`)!, 50);
    console.log(
      `  ${name.padEnd(48)} ${small.toFixed(1).padStart(7)} ms | ${large.toFixed(1).padStart(7)} ms | ${(large / small).toFixed(2)}×`,
    );
  }

  // The search page over varied queries, interleaved on both databases.
  const queries = benchQueries();
  for (const { get } of sides) for (const query of queries) await get(`/search?${query}`);
  const searchLatency: Record<string, number[]> = { small: [], large: [] };
  const byQuery = new Map<string, number[]>();
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const query of queries) {
      for (const { side, get } of sides) {
        const started = performance.now();
        await get(`/search?${query}`);
        const ms = performance.now() - started;
        searchLatency[side]!.push(ms);
        if (side === "large") byQuery.set(query, [...(byQuery.get(query) ?? []), ms]);
      }
    }
  }
  console.log(`search page over ${queries.length} varied queries × ${SEARCH_ROUNDS} rounds (target: p95 ≤ 200 ms on the large database):`);
  for (const side of ["small", "large"] as const) {
    const values = searchLatency[side]!;
    console.log(
      `  ${side.padEnd(6)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(7)} ms`,
    );
  }
  const slowest = [...byQuery].map(([query, values]) => ({ query, ms: percentile(values, 50) })).sort((a, b) => b.ms - a.ms);
  console.log(
    `  slowest on the large database (p50): ${slowest
      .slice(0, 5)
      .map((entry) => `${decodeURIComponent(entry.query)} ${entry.ms.toFixed(0)} ms`)
      .join(" · ")}`,
  );

  // EXPLAIN ANALYZE of what each request sent to the large database.
  const large = sides[1]!;
  const explain = new pg.Client({ connectionString: urlOf(names.large) });
  await explain.connect();
  console.log(
    "EXPLAIN ANALYZE at a million rows, each statement of each request (slowest plan, and any sequential scan of a large table):",
  );
  // A sequential scan that a LIMIT stops after a few rows (the planner's pick for a word found in
  // most rows) reads no more than an index would: named apart from one that reads the table.
  const { rows: sizes } = await explain.query<{ name: string; rows: number }>(
    `SELECT relname AS name, reltuples::float8 AS rows FROM pg_class WHERE relname = ANY($1::text[])`,
    [[...LARGE_TABLES]],
  );
  const tableRows = new Map(sizes.map((size) => [size.name, size.rows]));
  const searches = Object.fromEntries(queries.map((query) => [`search ${decodeURIComponent(query)}`, () => large.get(`/search?${query}`)]));
  for (const [name, run] of Object.entries({ ...large.operations, ...searches })) {
    large.proxy.reset();
    await run();
    const statements = large.proxy.trips.filter(
      (trip) => /^\s*(SELECT|WITH|UPDATE|INSERT|DELETE)/i.test(trip.sql) && !/^\s*SELECT 1\b/i.test(trip.sql),
    );
    let slowest = { ms: 0, sql: "" };
    const scans = new Set<string>();
    const partial = new Map<string, number>();
    // A transaction's own settings (the near matches' similarity threshold) apply to the statements after them.
    let setting: string | null = null;
    for (const trip of statements) {
      if (/^\s*SELECT set_config\(/i.test(trip.sql)) {
        setting = literalSql(trip);
        continue;
      }
      const plan = await explainPlan(explain, trip, setting);
      if (!plan) continue;
      if (plan.ms > slowest.ms) slowest = { ms: plan.ms, sql: trip.sql };
      if (process.env.BENCH_EXPLAIN_VERBOSE)
        console.log(`    ${plan.ms.toFixed(2).padStart(7)} ms ${trip.sql.replace(/\s+/g, " ").slice(0, 110)}`);
      for (const scan of plan.seqScans) {
        if (scan.rowsRead >= 0.1 * (tableRows.get(scan.table) ?? 0)) scans.add(scan.table);
        else partial.set(scan.table, Math.max(partial.get(scan.table) ?? 0, scan.rowsRead));
      }
    }
    const stopped = [...partial].map(
      ([table, read]) => `${table} (${read.toLocaleString("en")} of ${(tableRows.get(table) ?? 0).toLocaleString("en")} rows)`,
    );
    console.log(
      `  ${name.padEnd(48)} ${statements.length} statements, slowest ${slowest.ms.toFixed(2)} ms` +
        (scans.size ? `; SEQUENTIAL SCAN of ${[...scans].join(", ")}` : "; no sequential scan of a large table") +
        (stopped.length ? `; a LIMIT stopped the sequential read of ${stopped.join(", ")}` : ""),
    );
  }
  await explain.end();
} finally {
  for (const server of servers) await server.stop();
  for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
  await admin.end();
}
process.exit(0);

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
};

// EXPLAIN takes no bind parameters: the captured values go in as literals, untyped as they were sent.
function literalSql(trip: WireTrip): string {
  return trip.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = trip.params[Number(n) - 1];
    return value === null || value === undefined ? "NULL" : `'${value.replaceAll("'", "''")}'`;
  });
}

/** The statement's plan as it ran (in a transaction rolled back, so writes leave nothing), after `setting` if any. */
async function explainPlan(client: pg.Client, trip: WireTrip, setting: string | null = null) {
  await client.query("BEGIN");
  try {
    if (setting) await client.query(setting);
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${literalSql(trip)}`,
    );
    const [{ Plan, "Execution Time": ms }] = rows[0]!["QUERY PLAN"];
    const seqScans: { table: string; rowsRead: number }[] = [];
    const walk = (node: PlanNode) => {
      if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && LARGE_TABLES.has(node["Relation Name"])) {
        const rowsRead = ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1);
        seqScans.push({ table: node["Relation Name"], rowsRead });
      }
      node.Plans?.forEach(walk);
    };
    walk(Plan);
    return { ms, seqScans };
  } catch (error) {
    console.log(`    (could not explain: ${(error as Error).message.slice(0, 100)}: ${trip.sql.slice(0, 80)})`);
    return null;
  } finally {
    await client.query("ROLLBACK");
  }
}

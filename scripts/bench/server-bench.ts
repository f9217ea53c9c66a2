// The server against its own limits, on a production build (`npm run build` first), operations
// interleaved in one run so the machine's noise falls on all of them alike:
// - a save (updateAnnotationAction over HTTP) against a raw `pg` transaction doing the same UPDATE
//   and audit INSERT; SQL round trips per save and create (counted on the wire), and how many of
//   them hold the annotation's row lock;
// - server CPU per request, as a multiple of `GET /api/auth/csrf` (the cheapest request there is);
// - the article page: 10,000 words with 1,000 annotations against 381 words, time and bytes;
// - the server's resident memory, idle and at its peak.
import pg from "pg";
import { createBenchArticle, openBenchDatabase } from "./support/bench-database.ts";
import { actionId, actionResult, type ActionInput, type ActionName, type ActionOutput } from "../../e2e/server-actions.ts";
import { startWireProxy, tripsHoldingLock } from "./support/pg-wire-proxy.ts";
import { cpuMs, makeText, percentile, rssMiB, signIn, startNext } from "./support/server.ts";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const BATCH = 15;
const PAGE_BATCH = 3;

const { scratch, getDb, DEMO_USERS, editor } = await openBenchDatabase();
const createArticle = (title: string, text: string, annotations: number) => createBenchArticle(editor.id, title, text, annotations);

const small = await createArticle("A short article", makeText(381), 10);
// Creates land on an article of their own, so the small page keeps its 10 annotations.
const scratchpad = await createArticle("Where creates land", `Creates land here.\n\n${makeText(381)}`, 0);
const big = await createArticle("A long article", makeText(10_000), 1000);
const claim = await getDb().annotation.findFirstOrThrow({ where: { articleId: small.id, kind: "CLAIM" } });
await getDb().$disconnect();

const proxy = await startWireProxy(scratch.url);
// BENCH_PROFILE=<dir> writes the server's CPU profile there (open it in Chrome's DevTools).
// BENCH_HEAP=<dir> writes a heap snapshot of the server at the end of the run (what holds its memory).
const profile = [
  ...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
  ...(process.env.BENCH_HEAP ? ["--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${process.env.BENCH_HEAP}`] : []),
];
const server = await startNext(PORT, { DATABASE_URL: proxy.url }, profile);
const pid = server.process.pid!;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(pid))), 100);
// Through the same proxy as the server, so both pay the same wire.
const raw = new pg.Client({ connectionString: proxy.url });
await raw.connect();
try {
  const author = await signIn(server.base, DEMO_USERS.editor);
  const cookie = (await author.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const smallPath = `/articles/${small.id}`;
  let version = claim.version;
  let counter = 0;
  const words = [...scratchpad.text.matchAll(/\b\w{5,}\b/g)];

  // Over fetch, as the browser's Next client posts an action and as csrf is fetched here (Playwright's
  // request context, which the e2e specs use, adds about 1.5 ms of its own per call).
  const callAction = async <Name extends ActionName>(pathname: string, name: Name, input: ActionInput<Name>, withCookie = true) => {
    const response = await fetch(`${server.base}${pathname}`, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "next-action": actionId(name),
        "content-type": "text/plain;charset=UTF-8",
        ...(withCookie ? { cookie } : {}),
      },
      body: JSON.stringify([input]),
      redirect: "manual",
    });
    const body = Buffer.from(await response.arrayBuffer());
    return { result: actionResult(body) as ActionOutput<Name> | undefined, text: body.toString("utf8") };
  };
  const operations: Record<string, () => Promise<number | void>> = {
    "action floor: save with no session (refused, no SQL)": async () => {
      const answer = await callAction(smallPath, "updateAnnotationAction", { annotationId: claim.id, version, patch: {} }, false);
      if (answer.result?.ok !== false || answer.result.code !== "UNAUTHENTICATED")
        throw new Error(`expected UNAUTHENTICATED: ${answer.text.slice(0, 300)}`);
    },
    "save refused by its schema (session + user read)": async () => {
      const answer = await callAction(smallPath, "updateAnnotationAction", { annotationId: claim.id, version: -1, patch: {} });
      if (answer.result?.ok !== false || answer.result.code !== "INVALID")
        throw new Error(`expected INVALID: ${answer.text.slice(0, 300)}`);
    },
    "GET /api/auth/csrf": async () => {
      await (await fetch(`${server.base}/api/auth/csrf`)).arrayBuffer();
    },
    "save (updateAnnotationAction)": async () => {
      const answer = await callAction(smallPath, "updateAnnotationAction", {
        annotationId: claim.id,
        version,
        patch: { note: `note ${++counter}` },
      });
      if (!answer.result?.ok) throw new Error(`save refused: ${answer.text.slice(0, 300)}`);
      version = answer.result.data.version;
    },
    "create (createAnnotationAction)": async () => {
      const word = words[++counter % words.length]!;
      const answer = await callAction(`/articles/${scratchpad.id}`, "createAnnotationAction", {
        articleId: scratchpad.id,
        articleRevision: 1,
        kind: "CLAIM",
        start: word.index!,
        end: word.index! + word[0].length,
        exact: word[0],
        clientRequestId: crypto.randomUUID(),
      });
      if (!answer.result?.ok) throw new Error(`create refused: ${answer.text.slice(0, 300)}`);
    },
    "raw pg transaction (UPDATE + audit INSERT)": async () => {
      await raw.query("BEGIN");
      const { rows } = await raw.query<{ version: number }>(
        `UPDATE "Annotation" SET note = $1, version = version + 1, "updatedAt" = now() WHERE id = $2 RETURNING version`,
        [`raw ${++counter}`, claim.id],
      );
      await raw.query(
        `INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "articleId", before, after) VALUES ($1, 'annotation.updated', 'Annotation', $2, $3, $4, $5)`,
        [editor.id, claim.id, small.id, { version: rows[0]!.version - 1 }, { version: rows[0]!.version }],
      );
      await raw.query("COMMIT");
      version = rows[0]!.version;
    },
    "article page, 381 words / 10 annotations": () => page(smallPath),
    "article page, 10,000 words / 1,000 annotations": () => page(`/articles/${big.id}`),
    "home page (article list)": () => page("/"),
  };
  // The last answer of each page, weighed after the timed rounds (decoding and searching it here
  // would be timed with the page).
  const bodies = new Map<string, ArrayBuffer>();
  async function page(pathname: string) {
    const response = await fetch(`${server.base}${pathname}`, { headers: { cookie } });
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
    bodies.set(pathname, body);
  }
  const bytes = (pathname: string) => bodies.get(pathname)?.byteLength ?? 0;
  const payload = (pathname: string) => flightBytes(new TextDecoder().decode(bodies.get(pathname) ?? new ArrayBuffer(0)));
  // The RSC payload rides in the HTML as `self.__next_f.push([1,"…"])` scripts: their total size.
  function flightBytes(html: string) {
    let total = 0;
    for (const match of html.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)) total += match[1]!.length;
    return total;
  }

  // Round trips of one save and one create, as the database saw them.
  const tripsOf = async (name: string) => {
    await operations[name]!();
    proxy.reset();
    await operations[name]!();
    const trips = [...proxy.trips];
    return {
      count: trips.length,
      lock: tripsHoldingLock(trips, "Annotation"),
      sql: trips.map((trip) => trip.sql.replace(/\s+/g, " ").slice(0, 90)),
    };
  };
  const saveTrips = await tripsOf("save (updateAnnotationAction)");
  const createTrips = await tripsOf("create (createAnnotationAction)");
  proxy.reset();
  await operations["article page, 10,000 words / 1,000 annotations"]!();
  const pageTrips = proxy.trips.length;
  if (process.env.BENCH_TRACE) {
    for (const pathname of [smallPath, `/articles/${big.id}`, `/articles/${big.id}`]) {
      proxy.reset();
      const started = performance.now();
      await page(pathname);
      console.log(`${pathname} took ${(performance.now() - started).toFixed(1)} ms; trips at:`);
      for (const trip of proxy.trips) console.log(`  +${(trip.at - started).toFixed(1)} ms ${trip.sql.replace(/\s+/g, " ").slice(0, 80)}`);
    }
  }
  const userReads = proxy.trips.filter((trip) => /"sessionVersion"/.test(trip.sql)).length;

  // BENCH_OPS=<regex> measures only the operations it matches (with BENCH_PROFILE, to profile one).
  const only = process.env.BENCH_OPS ? new RegExp(process.env.BENCH_OPS, "i") : null;
  if (only)
    for (const name of Object.keys(operations))
      if (!only.test(name) && !name.includes("csrf") && !name.startsWith("raw")) delete operations[name];
  // Warm up, then interleave batches: latency per call, CPU per batch.
  for (const run of Object.values(operations)) for (let i = 0; i < 3; i++) await run();
  const latency = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const idleRss = rssMiB(pid);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(operations)) {
      const batch = name.includes("page") ? PAGE_BATCH : BATCH;
      const cpuBefore = cpuMs(pid);
      for (let i = 0; i < batch; i++) {
        const started = performance.now();
        await run();
        latency.set(name, [...(latency.get(name) ?? []), performance.now() - started]);
      }
      cpu.set(name, [...(cpu.get(name) ?? []), (cpuMs(pid) - cpuBefore) / batch]);
    }
  }

  const p50 = (name: string) => percentile(latency.get(name)!, 50);
  const cpuPer = (name: string) => cpu.get(name)!.reduce((sum, value) => sum + value, 0) / cpu.get(name)!.length;
  const csrfCpu = cpuPer("GET /api/auth/csrf");
  console.log(
    `${ROUNDS} interleaved rounds; latency p50 per call [p10 p25 p75 p90], server CPU per call (user + system), CPU as a multiple of csrf`,
  );
  for (const name of Object.keys(operations)) {
    if (!latency.has(name)) continue;
    const isServer = !name.startsWith("raw");
    console.log(
      `  ${name.padEnd(50)} p50 ${p50(name).toFixed(1).padStart(7)} ms [${[10, 25, 75, 90].map((q) => percentile(latency.get(name)!, q).toFixed(0)).join(" ")}]` +
        (isServer ? `   CPU ${cpuPer(name).toFixed(1).padStart(6)} ms = ${(cpuPer(name) / csrfCpu).toFixed(1).padStart(5)}× csrf` : ""),
    );
  }
  const rawName = "raw pg transaction (UPDATE + audit INSERT)";
  // The cheapest request the server answers, against the raw transaction: no save can be cheaper.
  console.log(`floor: GET /api/auth/csrf p50 / raw transaction p50 = ${(p50("GET /api/auth/csrf") / p50(rawName)).toFixed(1)}×`);
  const saveName = "save (updateAnnotationAction)";
  const floorName = "action floor: save with no session (refused, no SQL)";
  if (latency.has(saveName)) {
    console.log(`save p50 / raw transaction p50: ${(p50(saveName) / p50(rawName)).toFixed(1)}× (target ≤ 3×)`);
    // What Next.js spends on any action (routing, the proxy, decoding the call, encoding the answer)
    // is the floor no save goes below; what the save adds to it is the app's own.
    console.log(
      `  of which: the action floor ${(p50(floorName) / p50(rawName)).toFixed(1)}×, ` +
        `the session and user read ${((p50("save refused by its schema (session + user read)") - p50(floorName)) / p50(rawName)).toFixed(1)}×, ` +
        `the save itself ${((p50(saveName) - p50("save refused by its schema (session + user read)")) / p50(rawName)).toFixed(1)}×`,
    );
  }
  console.log(
    `save: ${saveTrips.count} SQL round trips, row lock held across ${saveTrips.lock} after the one taking it (targets ≤ 5 and ≤ 2)\n    ${saveTrips.sql.join("\n    ")}`,
  );
  console.log(
    `create: ${createTrips.count} SQL round trips, row lock held across ${createTrips.lock}\n    ${createTrips.sql.join("\n    ")}`,
  );
  if (process.env.BENCH_SAVE_PAGE && bodies.has(`/articles/${big.id}`))
    (await import("node:fs")).writeFileSync(process.env.BENCH_SAVE_PAGE, Buffer.from(bodies.get(`/articles/${big.id}`)!));
  const bigName = "article page, 10,000 words / 1,000 annotations";
  const smallName = "article page, 381 words / 10 annotations";
  if (latency.has(bigName) && latency.has(smallName))
    console.log(
      `article page: big / small = ${(p50(bigName) / p50(smallName)).toFixed(1)}× (target ≤ 3×); big page ${(bytes(`/articles/${big.id}`) / 1024).toFixed(0)} KB ` +
        `(target ≤ 400 KB; RSC payload ${(payload(`/articles/${big.id}`) / 1024).toFixed(0)} KB of it), small ${(bytes(smallPath) / 1024).toFixed(0)} KB; big page: ${pageTrips} SQL round trips, the user read ${userReads}×`,
    );
  console.log(`server RSS: idle ${idleRss.toFixed(0)} MiB, peak over the run ${peakRss.toFixed(0)} MiB`);
  if (process.env.BENCH_HEAP) {
    process.kill(pid, "SIGUSR2");
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
  await author.dispose();
} finally {
  clearInterval(sampler);
  await raw.end();
  await server.stop();
  await proxy.close();
  await scratch.drop();
}
process.exit(0);

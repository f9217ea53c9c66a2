// Race tests prove that a second transaction really met a lock, by asking PostgreSQL, instead of
// sleeping and hoping the racer got there in time (on a loaded machine it often has not, and the
// test then passes without any race having happened).
import pg from "pg";
import { getDb, type Tx } from "@/lib/db";

/** The server process of the transaction: the one other backends wait for while it holds a lock. */
export async function backendPid(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  return row!.pid;
}

/**
 * Resolves once `count` backends wait on a lock held by `holderPid`, as pg_stat_activity reports
 * it (wait_event_type 'Lock', with the holder among pg_blocking_pids). Scoped to that holder, so
 * other test files running against the same database cannot satisfy it. Polls on a connection
 * of its own, since the racers may hold every connection of the app's pool; fails after
 * `timeoutMs` saying how many it saw.
 */
export async function waitForLockWaiters(holderPid: number, { count = 1, timeoutMs = 10_000 } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND $1 = ANY(pg_blocking_pids(pid))`,
        [holderPid],
      );
      const waiting = rows[0]!.waiting;
      if (waiting >= count) return;
      if (Date.now() > deadline) {
        throw new Error(`After ${timeoutMs} ms, ${waiting} backend(s) waited on a lock held by backend ${holderPid}; expected ${count}.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await client.end();
  }
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * Runs `hold` in a transaction and keeps it open until PostgreSQL shows `racer` waiting on one of
 * its locks, then commits it. Answers what the racer returned, or the error it threw.
 */
export async function raceAgainstHeldTransaction(hold: (tx: Tx) => Promise<unknown>, racer: () => Promise<unknown>): Promise<unknown> {
  const held = deferred<number>();
  const release = deferred();
  const holder = getDb().$transaction(
    async (tx) => {
      await hold(tx);
      held.resolve(await backendPid(tx));
      await release.promise;
    },
    { timeout: 15_000 },
  );
  const holderPid = await held.promise;
  const outcome = racer().then(
    (value) => value,
    (error: unknown) => error,
  );
  await waitForLockWaiters(holderPid);
  release.resolve();
  await holder;
  return outcome;
}

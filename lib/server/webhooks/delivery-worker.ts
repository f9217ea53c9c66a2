import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { getDb, type Db } from "@/lib/db";
import { getLogger } from "@/lib/log";
import { onCommittedArticleEvents } from "@/lib/server/live/committed-changes";
import { WEBHOOK_CHANNEL } from "@/lib/server/webhooks/enqueue-webhook-event";
import { DELIVERY_TIMEOUT_MS, postWebhook, type PostOutcome } from "@/lib/server/webhooks/post-webhook";
import { DEFAULT_BACKOFF, nextRetryDelayMs, type BackoffPolicy } from "@/lib/webhooks/backoff";
import { signWebhook } from "@/lib/webhooks/signing";

/** What an attempt's log row says until the attempt ends: if the worker dies meanwhile, it stays. */
export const INTERRUPTED_ATTEMPT = "No result: the worker stopped during this attempt (it is tried again once its lease passes).";

export type DeliveryWorkerOptions = {
  db?: Db;
  /** Names the worker in `lockedBy` (host, process, and a random part by default). */
  workerId?: string;
  /** Requests in flight at once, at most. */
  concurrency?: number;
  timeoutMs?: number;
  /** How long a claimed delivery is this worker's: a worker that died lets it go when this passes. */
  leaseMs?: number;
  /** The fallback when no wake-up arrives (a NOTIFY lost while the LISTEN connection was down). */
  pollMs?: number;
  backoff?: BackoffPolicy;
  /** FACTMARK_FETCH_ALLOW_HOSTS: private hosts a delivery may reach (tests, a desk's own network). */
  allowHosts?: readonly string[];
  /**
   * How the worker hears of new events at once: LISTEN on a dedicated connection (PostgreSQL; any
   * instance's commits), or only the commits of this process (the embedded database, which cannot
   * LISTEN). It always hears this process's commits, and polls besides.
   */
  listen?: { connectionString: string } | null;
  /** Only these endpoints' deliveries: for tests and benches that share a database with others. */
  endpointIds?: readonly string[];
  random?: () => number;
};

export type DeliveryWorker = { start(): void; wake(): void; stop(): Promise<void>; readonly id: string };

type ClaimedDelivery = { id: string; attemptCount: number; eventId: string; payload: string; url: string; secret: string };

/**
 * Delivers the outbox. Each round claims as many due deliveries as it has free slots, in one
 * statement: `FOR UPDATE SKIP LOCKED`, so workers in any number of processes never claim the same
 * row, and a lease (`lockedUntil`), so a delivery whose worker died is claimed again once it passes.
 * The claim counts the attempt and is its fencing token: a worker whose lease ran out and was
 * overtaken cannot record its late result over the new holder's.
 *
 * Order per (endpoint, article): a delivery is not due while an older PENDING delivery of the same
 * endpoint and article exists, including one waiting out its backoff. A delivery that FAILED (its
 * attempts used up) no longer blocks the ones after it: an article's later events go out, and the
 * failed one waits for an admin's "send again". Events without an article are not ordered.
 *
 * Requests run on the event loop without blocking it (at most `concurrency` at once, each with a
 * timeout), so a slow or dead receiver costs the app a few idle sockets, not its requests.
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions = {}): DeliveryWorker {
  const db = options.db ?? getDb();
  const id = options.workerId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const concurrency = options.concurrency ?? 8;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const leaseMs = options.leaseMs ?? timeoutMs + 5_000;
  const pollMs = options.pollMs ?? 5_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const allowHosts = options.allowHosts ?? [];
  const scope = options.endpointIds ? [...options.endpointIds] : null;
  const random = options.random ?? Math.random;
  const log = getLogger().child({ component: "webhook-worker", workerId: id });

  let isRunning = false;
  let isWakeRequested = false;
  let endSleep: (() => void) | null = null;
  let loopDone: Promise<void> = Promise.resolve();
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const cleanups: (() => void | Promise<void>)[] = [];

  function wake() {
    isWakeRequested = true;
    endSleep?.();
  }

  function wakeAt(delayMs: number) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      wake();
    }, delayMs);
    timer.unref();
    timers.add(timer);
  }

  function sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        endSleep = null;
        resolve();
      }
      endSleep = done;
    });
  }

  async function claim(limit: number): Promise<ClaimedDelivery[]> {
    return db.$queryRaw<ClaimedDelivery[]>`
      WITH due AS (
        SELECT d.id FROM "WebhookDelivery" d
        JOIN "WebhookEndpoint" endpoint ON endpoint.id = d."endpointId" AND endpoint."isActive"
        WHERE d.status = 'PENDING' AND d."nextAttemptAt" <= now()
          AND (d."lockedUntil" IS NULL OR d."lockedUntil" <= now())
          AND (${scope}::text[] IS NULL OR d."endpointId" = ANY (${scope}::text[]))
          AND NOT EXISTS (
            SELECT 1 FROM "WebhookDelivery" older
            WHERE older."endpointId" = d."endpointId" AND older."articleId" = d."articleId"
              AND older.status = 'PENDING' AND older.sequence < d.sequence)
        ORDER BY d.sequence
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE "WebhookDelivery" w
      SET "lockedUntil" = now() + make_interval(secs => ${leaseMs / 1000}), "lockedBy" = ${id}, "attemptCount" = w."attemptCount" + 1
      FROM due, "WebhookEvent" event, "WebhookEndpoint" endpoint
      WHERE w.id = due.id AND event.id = w."eventId" AND endpoint.id = w."endpointId"
      RETURNING w.id, w."attemptCount", event.id AS "eventId", event.payload::text AS payload, endpoint.url, endpoint.secret`;
  }

  async function deliver(job: ClaimedDelivery) {
    const attemptId = `att_${randomUUID().replaceAll("-", "")}`;
    // Logged before the request, so an attempt cut short by a crash still shows in the log.
    await db.webhookAttempt.create({ data: { deliveryId: job.id, attemptId, durationMs: 0, error: INTERRUPTED_ATTEMPT } });
    const signed = signWebhook({ id: job.eventId, body: job.payload, secret: job.secret, at: new Date() });
    const outcome = await postWebhook({
      url: job.url,
      headers: { ...signed, "webhook-attempt-id": attemptId },
      body: job.payload,
      allowHosts,
      timeoutMs,
    });
    const delayMs = isDelivered(outcome) ? null : nextRetryDelayMs(job.attemptCount, backoff, random);
    await db.$transaction([
      db.webhookAttempt.update({
        where: { attemptId },
        data: {
          statusCode: outcome.statusCode,
          responseBody: outcome.responseBody,
          durationMs: outcome.durationMs,
          error: outcome.error ?? (isDelivered(outcome) ? null : `The receiver answered ${outcome.statusCode}.`),
        },
      }),
      // Only while the claim is still ours: the holder and its attempt count are the fencing token
      // (an admin's "send again" sets the count back to 0 and clears the holder).
      db.webhookDelivery.updateMany({
        where: { id: job.id, attemptCount: job.attemptCount, lockedBy: id, status: "PENDING" },
        data: isDelivered(outcome)
          ? { status: "DELIVERED", deliveredAt: new Date(), lockedUntil: null }
          : delayMs === null
            ? { status: "FAILED", lockedUntil: null }
            : { nextAttemptAt: new Date(Date.now() + delayMs), lockedUntil: null },
      }),
    ]);
    if (delayMs !== null) wakeAt(delayMs);
  }

  async function loop() {
    while (isRunning) {
      isWakeRequested = false;
      const free = concurrency - inFlight.size;
      let claimed: ClaimedDelivery[] = [];
      if (free > 0) {
        try {
          claimed = await claim(free);
        } catch (error) {
          log.warn({ err: error }, "Could not claim webhook deliveries; trying again");
        }
      }
      for (const job of claimed) {
        const running: Promise<void> = deliver(job)
          .catch((error: unknown) => log.error({ err: error, deliveryId: job.id }, "A webhook delivery failed to record"))
          .finally(() => {
            inFlight.delete(running);
            // A slot is free, and the next event of the same article may be due now.
            wake();
          });
        inFlight.add(running);
      }
      // A full batch: more may be waiting. Otherwise sleep until woken (a commit, a finished
      // delivery, a retry falling due) or until the poll.
      if (free > 0 && claimed.length === free) continue;
      if (!isWakeRequested && isRunning) await sleep(pollMs);
    }
  }

  async function listen(connectionString: string) {
    let client: pg.Client | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = async () => {
      if (!isRunning) return;
      const next = new pg.Client({ connectionString, keepAlive: true, application_name: "factmark-webhooks" });
      client = next;
      next.on("notification", wake);
      const reconnect = () => {
        if (client !== next || !isRunning) return;
        client = null;
        next.end().catch(() => undefined);
        retry = setTimeout(() => void connect(), 1_000);
        retry.unref();
      };
      next.on("error", reconnect);
      next.on("end", reconnect);
      try {
        await next.connect();
        await next.query(`LISTEN ${WEBHOOK_CHANNEL}`);
        log.info("Listening for webhook events");
        // Events committed while it was not listening are found now.
        wake();
      } catch (error) {
        log.warn({ err: error }, "Could not LISTEN for webhook events; polling until it can");
        reconnect();
      }
    };
    cleanups.push(async () => {
      clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    });
    await connect();
  }

  return {
    id,
    wake,
    start() {
      if (isRunning) return;
      isRunning = true;
      const stopHearing = onCommittedArticleEvents(() => wake());
      cleanups.push(() => void stopHearing());
      if (options.listen) void listen(options.listen.connectionString);
      log.info({ concurrency, leaseMs, pollMs }, "Webhook worker started");
      loopDone = loop().catch((error: unknown) => log.error({ err: error }, "The webhook worker stopped"));
    },
    /** Claims nothing more and waits for the requests in flight (each ends within its timeout). */
    async stop() {
      isRunning = false;
      wake();
      await loopDone;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
      await Promise.allSettled([...inFlight]);
    },
  };
}

function isDelivered(outcome: PostOutcome): boolean {
  return outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
}

import "server-only";
import { databaseUrl, env } from "@/lib/env";
import type { LiveBus } from "@/lib/server/live/live-bus";
import { createMemoryBus } from "@/lib/server/live/memory-bus";
import { createPostgresBus } from "@/lib/server/live/postgres-bus";

// One bus per process, on globalThis so that every route bundle (and dev reloads) share it.
const holder = globalThis as unknown as { factmarkLiveBus?: LiveBus };

/** The process's bus: LISTEN/NOTIFY on a real PostgreSQL, in-process on the embedded one (FACTMARK_LIVE_BUS=memory, set by `npm start`). */
export function getLiveBus(): LiveBus {
  holder.factmarkLiveBus ??= env().FACTMARK_LIVE_BUS === "memory" ? createMemoryBus() : createPostgresBus(databaseUrl());
  return holder.factmarkLiveBus;
}

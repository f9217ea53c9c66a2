// DATABASE_URL when set; otherwise the embedded PostgreSQL persisted under .data/. When `npm
// start` already serves it, other commands (import, user:create, migrate) connect to that
// server: only one process may open the data folder.
import path from "node:path";
import pg from "pg";
import { embeddedUrl, startEmbeddedPostgres } from "./embedded-server.ts";

export const EMBEDDED_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/pglite");
export const EMBEDDED_PORT = Number(process.env.FACTMARK_EMBEDDED_DB_PORT ?? 54329);

export type ResolvedDatabase = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  const running = embeddedUrl(EMBEDDED_PORT);
  if (await isReachable(running)) return { url: running, isEmbedded: true, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
  return { url: embedded.url, isEmbedded: true, stop: embedded.stop };
}

export async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

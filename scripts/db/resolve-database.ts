// DATABASE_URL when set; otherwise the embedded PostgreSQL persisted under .data/ (started here
// and stopped by the caller).
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-server.ts";

export const EMBEDDED_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/pglite");
export const EMBEDDED_PORT = Number(process.env.FACTMARK_EMBEDDED_DB_PORT ?? 54329);

export type ResolvedDatabase = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
  return { url: embedded.url, isEmbedded: true, stop: embedded.stop };
}

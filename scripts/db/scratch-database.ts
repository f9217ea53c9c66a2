// A throwaway database for tests and for the schema engine's shadow database: a fresh database
// on DATABASE_URL's server when one is configured, else an in-memory embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-server.ts";

export type ScratchDatabase = { url: string; isEmbedded: boolean; drop: () => Promise<void> };

export async function createScratchDatabase(prefix = "factmark_scratch"): Promise<ScratchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({});
    return { url: embedded.url, isEmbedded: true, drop: embedded.stop };
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    isEmbedded: false,
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const scratch = await createScratchDatabase();
  try {
    return await fn(scratch.url);
  } finally {
    await scratch.drop();
  }
}

async function runOnServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

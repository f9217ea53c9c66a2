// The zero-setup default database: PostgreSQL compiled to WebAssembly (PGlite), served over the
// PostgreSQL wire protocol on loopback so the app reaches it exactly as it reaches a real server
// (Prisma through @prisma/adapter-pg). One backend session serves all connections in turn, so it
// suits one person or a demo; a real PostgreSQL server is the production path.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) {
    // PGlite's WebAssembly file system creates files 0666 whatever the umask. The folder itself is
    // kept 0700, which shuts everyone else out, and the files are made owner-only on start and stop.
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    restrictToOwner(options.dataDir);
  }
  // The search of the desk's memory needs both, as on a real server (the migration creates them).
  const db = await PGlite.create(options.dataDir, { extensions: { unaccent, pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 32 });
  await server.start();
  if (options.dataDir) fs.chmodSync(options.dataDir, 0o700);
  const port = options.port || Number(new URL(`postgres://${server.getServerConn()}`).port);
  return {
    url: embeddedUrl(port),
    stop: async () => {
      await server.stop();
      await db.close();
      if (options.dataDir) restrictToOwner(options.dataDir);
    },
  };
}

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** Owner-only modes for a data folder made before files were created that way. */
export function restrictToOwner(dir: string) {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = `${entry.parentPath}/${entry.name}`;
    fs.chmodSync(file, entry.isDirectory() ? 0o700 : 0o600);
  }
}

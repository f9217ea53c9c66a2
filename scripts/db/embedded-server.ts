// The zero-setup default database: PostgreSQL compiled to WebAssembly (PGlite), served over the
// PostgreSQL wire protocol on loopback so the app reaches it exactly as it reaches a real server
// (Prisma through @prisma/adapter-pg). One backend session serves all connections in turn, so it
// suits one person or a demo; a real PostgreSQL server is the production path.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 32 });
  await server.start();
  const port = options.port || Number(new URL(`postgres://${server.getServerConn()}`).port);
  return {
    url: embeddedUrl(port),
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

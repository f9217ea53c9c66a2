import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { reportCommittedEvents } from "@/lib/server/live/committed-changes";

function createClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl() }),
    // Password hashes never leave the database layer unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
  // So that the in-process live bus hears of a transaction's changes only once it has committed.
  return reportCommittedEvents(client);
}

type Client = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { factmarkPrisma?: Client };

// Lazily created so `next build` never needs a database, and cached so dev reloads reuse it.
export function getDb(): Client {
  globalForPrisma.factmarkPrisma ??= createClient();
  return globalForPrisma.factmarkPrisma;
}

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    // Password hashes never leave the database layer unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
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

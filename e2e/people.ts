// People for specs that need more than the three demo accounts: created straight in the test
// database (as lib/server/users/create-user.ts does: bcrypt hash, user row and its audit event in
// one transaction) and signed in over HTTP exactly as the browser's sign-in form does, so every
// request they make carries a real next-auth session cookie.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import type { Role } from "../lib/generated/prisma/enums";

type Playwright = PlaywrightWorkerArgs["playwright"];

/** The test database `npm test` made; the e2e process inherits DATABASE_URL from scripts/test.ts. */
export function testDatabase(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e specs through `npm test` (or with its environment).");
  return new pg.Pool({ connectionString: url, max: 4 });
}

export type Person = { id: string; email: string; name: string; role: Role; password: string };

/** A new account with a unique email, for this run only. */
export async function createPerson(db: pg.Pool, role: Role, name: string): Promise<Person> {
  const token = randomUUID().slice(0, 8);
  const person = {
    id: `e2e${randomUUID().replaceAll("-", "").slice(0, 22)}`,
    email: `${role.toLowerCase()}-${token}@factmark.test`,
    name: `${name} ${token}`,
    role,
    password: `factmark-${randomUUID()}`,
  };
  const passwordHash = await hashPassword(person.password);
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, now(), now())`,
      [person.id, person.email, person.name, passwordHash, role],
    );
    await client.query(
      `INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", after) VALUES (NULL, 'user.created', 'User', $1, $2)`,
      [person.id, JSON.stringify({ id: person.id, email: person.email, name: person.name, role })],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  return person;
}

/**
 * Signs in through next-auth's credentials endpoint as the sign-in page does (CSRF token, then the
 * callback with json=true) and returns a request context holding the session cookie.
 */
export async function signInOverHttp(
  playwright: Playwright,
  baseURL: string,
  person: Pick<Person, "email" | "password">,
): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const callback = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: person.email, password: person.password, json: "true", callbackUrl: baseURL },
    // Sign-in hashes the password on purpose (slow by design); allow for a busy machine.
    timeout: 60_000,
  });
  expect(callback.ok(), `sign-in of ${person.email} answered ${callback.status()}`).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email, `a session for ${person.email}`).toBe(person.email);
  return request;
}

// The app's database role can read and write rows and nothing more: it owns no table, runs no DDL,
// reads of the migration history only which migrations finished, and may only add to the audit
// trail (no UPDATE, DELETE or TRUNCATE there, and as a non-owner it cannot disable the append-only
// trigger). Migrations run as the owner, who then grants these.
import { randomBytes } from "node:crypto";
import pg from "pg";

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** What the app role may do in the current database; run by the owner after every migration. */
export function appRoleGrants(role: string): string[] {
  const r = quote(role);
  return [
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM ${r}`,
    `REVOKE ALL ON "_prisma_migrations" FROM ${r}`,
    // What GET /api/ready needs to tell whether every migration is applied, and no more of the history.
    `GRANT SELECT (migration_name, finished_at, rolled_back_at) ON "_prisma_migrations" TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
  ];
}

export async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
    await client.query(`GRANT CONNECT ON DATABASE ${quote(rows[0]!.name)} TO ${quote(role)}`);
    for (const statement of appRoleGrants(role)) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The user a connection URL names. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username) || "postgres";
}

/**
 * For the tests: a login role with a random password for one scratch database, granted as the app
 * role of a deployment is. Returns its connection URL and how to drop it.
 */
export async function createAppRole(ownerUrl: string, role: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const password = randomBytes(18).toString("base64url");
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`CREATE ROLE ${quote(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${password}'`);
  } finally {
    await client.end();
  }
  await grantAppRole(ownerUrl, role);
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return {
    url: url.toString(),
    drop: async () => {
      const admin = new pg.Client({ connectionString: ownerUrl });
      await admin.connect();
      try {
        // In the role's database, before that is dropped: DROP OWNED also takes back its grants there.
        await admin.query(`DROP OWNED BY ${quote(role)}`);
        await admin.query(`DROP ROLE IF EXISTS ${quote(role)}`);
      } finally {
        await admin.end();
      }
    },
  };
}

/**
 * Migrates as the owner when DATABASE_OWNER_URL is given and grants DATABASE_URL's role its rows;
 * otherwise migrates as DATABASE_URL and, on a real server, says when that role owns the tables.
 */
export async function migrateAndGrant(
  appUrl: string,
  { isEmbedded }: { isEmbedded: boolean },
  migrate: (url: string) => Promise<string[]>,
) {
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  const applied = await migrate(ownerUrl || appUrl);
  if (ownerUrl && roleOf(ownerUrl) !== roleOf(appUrl)) await grantAppRole(ownerUrl, roleOf(appUrl));
  else if (!isEmbedded && (await ownsTables(appUrl))) {
    console.warn(
      "Warning: DATABASE_URL's role owns the tables, so the app could rewrite its own audit trail. " +
        "Set DATABASE_OWNER_URL for migrations and give the app a role of its own (README: A real deployment).",
    );
  }
  return applied;
}

async function ownsTables(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT tableowner = current_user OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS owns FROM pg_tables WHERE tablename = 'AuditEvent'`,
    );
    return rows[0]?.owns === true;
  } finally {
    await client.end();
  }
}

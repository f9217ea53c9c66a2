// `npm run token:create -- --email you@example.org --name "CMS sync" --scopes read,export [--expires 30d|never]`
//   prints a new API token once: store it where the script or deployment reads it.
// `npm run token:revoke -- --prefix fmk_AbC123xy`   ends a token (the prefix the settings page lists).
import { parseArgs } from "node:util";
import { resolveDatabase } from "./db/resolve-database.ts";
import { reportCommand } from "./support/report-command.ts";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    scopes: { type: "string" },
    expires: { type: "string", default: "never" },
    prefix: { type: "string" },
  },
});
const command = process.env.FACTMARK_COMMAND;
const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
const { createApiTokenSchema, expiryArgumentSchema, scopeListSchema, tokenPrefixSchema } = await import("../lib/validation/api-token.ts");

async function run(): Promise<string> {
  if (command === "token-revoke") {
    const prefix = tokenPrefixSchema.parse(values.prefix);
    const { revokeApiToken } = await import("../lib/server/api-tokens/revoke-api-token.ts");
    const token = await revokeApiToken({ actor: null, by: { prefix } });
    return `Revoked ${token.prefix}… ("${token.name}"): it is refused from its next request.`;
  }
  const input = createApiTokenSchema.parse({
    name: values.name,
    scopes: scopeListSchema.parse(values.scopes),
    expiresInDays: expiryArgumentSchema.parse(values.expires),
  });
  const { getDb } = await import("../lib/db.ts");
  const email = values.email?.trim().toLowerCase();
  const user = email ? await getDb().user.findUnique({ where: { email }, select: { id: true, role: true, deactivatedAt: true } }) : null;
  if (!user) throw new Error(email ? `No user has the email ${email}.` : "Give --email of the user the token acts as.");
  if (user.deactivatedAt) throw new Error(`${email} is deactivated: its tokens would be refused.`);
  const { createApiToken } = await import("../lib/server/api-tokens/create-api-token.ts");
  const created = await createApiToken({ actor: user, input });
  const expiry = created.expiresAt ? `expires ${created.expiresAt.toISOString()}` : "never expires";
  // The token alone on stdout, so `TOKEN=$(npm run -s token:create -- …)` captures just it.
  console.error(`Created "${created.name}" for ${email} (${created.scopes.join(", ")}; ${expiry}). It is shown once:`);
  return created.token;
}

await reportCommand(db, run);

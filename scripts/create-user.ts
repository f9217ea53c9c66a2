// `npm run user:create -- --email you@example.org --name "Your Name" --role admin`
// The password comes from FACTMARK_PASSWORD or is asked for on the terminal (never an argument,
// which would land in the shell history).
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { resolveDatabase } from "./db/resolve-database.ts";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "reviewer" } },
});
const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
const { createUserSchema } = await import("../lib/validation/user.ts");
const { createUser } = await import("../lib/server/users/create-user.ts");

let password = process.env.FACTMARK_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question("Password (at least 10 characters): ");
  rl.close();
}
const parsed = createUserSchema.safeParse({ ...values, role: values.role?.toUpperCase(), password });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
  await db.stop();
  process.exit(2);
}
try {
  const user = await createUser({ actorId: null, input: parsed.data });
  console.log(`Created ${user.role.toLowerCase()} ${user.email}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
await db.stop();
process.exit(process.exitCode ?? 0);

// `npm run user:password -- --email you@example.org`      new password (from FACTMARK_PASSWORD or the terminal)
// `npm run user:deactivate -- --email x@example.org [--undo]`  deactivate (or reactivate) an account
// Both end every session the account has.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { resolveDatabase } from "./db/resolve-database.ts";
import { reportCommand } from "./support/report-command.ts";

const { values } = parseArgs({ options: { email: { type: "string" }, undo: { type: "boolean", default: false } } });
const command = process.env.FACTMARK_COMMAND;
const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
const { changePasswordSchema, setUserActiveSchema } = await import("../lib/validation/user.ts");

async function run(): Promise<string> {
  if (command === "user-password") {
    let password = process.env.FACTMARK_PASSWORD;
    if (!password) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      password = await rl.question("New password (at least 10 characters): ");
      rl.close();
    }
    const input = changePasswordSchema.parse({ email: values.email, password });
    const { changePassword } = await import("../lib/server/users/change-password.ts");
    const user = await changePassword({ actorId: null, input });
    return `Changed the password of ${user.email} and ended its sessions.`;
  }
  const input = setUserActiveSchema.parse({ email: values.email, isActive: values.undo });
  const { setUserActive } = await import("../lib/server/users/set-user-active.ts");
  const user = await setUserActive({ actorId: null, input });
  return input.isActive ? `Reactivated ${user.email}.` : `Deactivated ${user.email} and ended its sessions.`;
}

await reportCommand(db, run);

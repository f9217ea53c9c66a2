// Known passwords: only for a first run on the embedded local database and for the tests, never a
// shared deployment (create real accounts with `npm run user:create`).
export const DEMO_USERS = {
  admin: { email: "admin@factmark.test", name: "Ada Admin", role: "ADMIN", password: "factmark-admin" },
  editor: { email: "editor@factmark.test", name: "Eddie Editor", role: "EDITOR", password: "factmark-editor" },
  reviewer: { email: "reviewer@factmark.test", name: "Rita Reviewer", role: "REVIEWER", password: "factmark-reviewer" },
} as const;

/**
 * Whether `npm start` creates the demo accounts on an empty database: by default only on the
 * embedded one, which lives on the user's own machine. A real DATABASE_URL gets them only when
 * asked (FACTMARK_DEMO_USERS=on), since their passwords are published.
 */
export function shouldCreateDemoUsers({ isEmbedded, setting }: { isEmbedded: boolean; setting: string | undefined }): boolean {
  if (setting === "on") return true;
  if (setting === "off") return false;
  return isEmbedded;
}

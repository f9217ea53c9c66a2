// Known passwords: only for a first run on a local database and for the tests, never a shared
// deployment (turn off with FACTMARK_DEMO_USERS=off; create real accounts with `npm run user:create`).
export const DEMO_USERS = {
  admin: { email: "admin@factmark.test", name: "Ada Admin", role: "ADMIN", password: "factmark-admin" },
  editor: { email: "editor@factmark.test", name: "Eddie Editor", role: "EDITOR", password: "factmark-editor" },
  reviewer: { email: "reviewer@factmark.test", name: "Rita Reviewer", role: "REVIEWER", password: "factmark-reviewer" },
} as const;

// Integration tests write to the database: refuse anything but the throwaway one `npm test` makes.
export function assertTestDatabase() {
  if (process.env.FACTMARK_TEST_DATABASE !== "1" || !process.env.DATABASE_URL) {
    throw new Error("Integration tests run only against the throwaway database that `npm test` creates.");
  }
}

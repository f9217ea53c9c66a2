import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium: Playwright's own browser download cannot reach its host from these machines.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: these machines are shared, and a test that waits on a slow page is not a failing one.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } }, dependencies: ["setup"] },
  ],
  webServer: {
    // Node closes a connection idle for 5 s by default; a request context that reuses it at that
    // moment gets ECONNRESET before any answer (seen once in the authorization matrix). Tests pause
    // longer than that between requests, so idle connections are kept for longer than any pause.
    command: `node_modules/.bin/next start -p ${PORT} --keepAliveTimeout 65000`,
    url: `http://localhost:${PORT}/signin`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    // The import-by-URL specs serve fixture pages from 127.0.0.1 (any port); every other private or
    // local address stays refused, which e2e/import-web.spec.ts also checks.
    env: {
      ...(process.env as Record<string, string>),
      FACTMARK_FETCH_ALLOW_HOSTS: "127.0.0.1",
      // A window's allowance the throttling test can spend quickly even on a loaded machine (each token has its own).
      FACTMARK_API_RATE_LIMIT: "100",
    },
  },
});

import "server-only";
import { z } from "zod";

// Every environment variable the app reads, checked in one place. Parsed on first use, not at
// import: `next build` loads these modules with neither a database nor a secret. (Scripts in
// scripts/ set variables for the processes they start and read them there.)

/** The value of NEXT_PHASE while `next build` runs (next/constants PHASE_PRODUCTION_BUILD). */
const PRODUCTION_BUILD = "phase-production-build";

// An empty variable (`AUTH_SECRET=`) means unset, as it does to a shell user.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const schema = z
  .object({
    // Any value but "production" relaxes the checks, as Next.js itself treats it.
    NODE_ENV: z.string().default("development"),
    NEXT_PHASE: optional(z.string()),
    DATABASE_URL: optional(z.string()),
    /** How live updates travel: PostgreSQL LISTEN/NOTIFY (default), or in-process for the embedded database. */
    FACTMARK_LIVE_BUS: z.preprocess((value) => (value === "" ? undefined : value), z.enum(["postgres", "memory"]).default("postgres")),
    AUTH_SECRET: optional(z.string()),
    /** next-auth's older name for AUTH_SECRET, still honoured. */
    NEXTAUTH_SECRET: optional(z.string()),
    /**
     * How many proxies in front of the app append to X-Forwarded-For (e.g. 1 behind one load
     * balancer). Unset: the header is the client's to write, so it is never trusted.
     */
    TRUST_PROXY: optional(z.coerce.number().int().min(0).max(10)).default(0),
    /** Hosts the page fetcher may reach although they are private or local (tests, a desk's proxy): comma-separated, optional ports. */
    FACTMARK_FETCH_ALLOW_HOSTS: optional(z.string()),
    NEXTAUTH_URL: optional(
      z.url({ protocol: /^https?$/, message: "must be the app's public http(s) URL, e.g. https://factmark.example.org" }),
    ),
    /** API requests one token may make per window (FACTMARK_API_RATE_WINDOW seconds); over it, 429. */
    FACTMARK_API_RATE_LIMIT: optional(z.coerce.number().int().min(1).max(1_000_000)).default(600),
    FACTMARK_API_RATE_WINDOW: optional(z.coerce.number().int().min(1).max(86_400)).default(60),
    /** How often each process's webhook worker looks for due deliveries besides being woken by NOTIFY (ms). */
    FACTMARK_WEBHOOK_POLL_MS: optional(z.coerce.number().int().min(50).max(600_000)).default(5_000),
    /** The fact-checking organisation named as ClaimReview's author. */
    FACTMARK_ORGANISATION_NAME: optional(z.string().max(200)),
    FACTMARK_ORGANISATION_URL: optional(z.url({ protocol: /^https?$/, message: "must be an http(s) URL" })),
    /** The least severe log line the server writes (lib/log.ts). */
    LOG_LEVEL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
  })
  .transform(({ NEXTAUTH_SECRET, ...env }) => ({ ...env, AUTH_SECRET: env.AUTH_SECRET ?? NEXTAUTH_SECRET }))
  .superRefine((env, context) => {
    // Without a secret next-auth would refuse every sign-in with an opaque error; say so at once instead.
    if (env.NODE_ENV === "production" && env.NEXT_PHASE !== PRODUCTION_BUILD && !env.AUTH_SECRET) {
      context.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "is not set. It signs session cookies and is required in production: set it to e.g. the output of `openssl rand -base64 32`",
      });
    }
  });

export type Env = z.output<typeof schema>;

/** Checks a set of variables; throws one message naming every variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
  throw new Error(`Invalid environment: ${problems.join("; ")}.`);
}

let cached: Env | undefined;

/** The checked environment, parsed from process.env on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** DATABASE_URL, which every database access needs (and `next build` does not). */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
  return url;
}

/** FACTMARK_FETCH_ALLOW_HOSTS as a list (see lib/import/web/address-policy.ts). */
export function fetchAllowHosts(): string[] {
  return (env().FACTMARK_FETCH_ALLOW_HOSTS ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The organisation that publishes the reports (ClaimReview `author`): configurable, with a default. */
export function organisation(fallbackUrl: string): { name: string; url: string } {
  return { name: env().FACTMARK_ORGANISATION_NAME ?? "Factmark", url: env().FACTMARK_ORGANISATION_URL ?? fallbackUrl };
}

/** The app's public base URL (no trailing slash), for links that leave the app: public reports, ClaimReview urls. */
export function appBaseUrl(): string {
  return (env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/** Under test a row or an entry that does not fit the audit events throws; elsewhere it is logged (lib/audit). */
export function isStrictAudit(): boolean {
  return env().NODE_ENV === "test";
}

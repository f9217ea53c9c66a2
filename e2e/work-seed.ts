// Seeds review-workflow situations straight into the test database (DATABASE_URL, set by
// `npm test`) for the My work and notifications specs. The review use cases that would normally
// produce these statuses and notifications are built separately; the rows are what they write.
// Each call makes fresh users, so counts that belong to one person are exact even while other
// specs run in parallel on the same database.
import { createHash, randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { expect, type Browser, type Page } from "@playwright/test";
import { uniqueArticle } from "./helpers";

type Role = "ADMIN" | "EDITOR" | "REVIEWER";
type ArticleStatus = "NEW" | "IN_PROGRESS" | "IN_REVIEW" | "SIGNED_OFF" | "PUBLISHED" | "ARCHIVED";
type AnnotationStatus = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED" | "DISMISSED";
export type SeedUser = { id: string; email: string; name: string; password: string; role: Role };
export type SeedArticle = { id: string; title: string; text: string };

const newId = () => `e2e${randomUUID().replaceAll("-", "")}`;

export async function withDatabase<T>(run: (db: pg.Client) => Promise<T>): Promise<T> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: run the specs through `npm test`.");
  const db = new pg.Client({ connectionString });
  await db.connect();
  try {
    return await run(db);
  } finally {
    await db.end();
  }
}

export async function createUser(db: pg.Client, role: Role, label: string): Promise<SeedUser> {
  const token = randomUUID().slice(0, 8);
  const user = { id: newId(), email: `${label}-${token}@factmark.test`, name: `${label} ${token}`, password: `pw-${randomUUID()}`, role };
  // A low bcrypt cost keeps seeding fast; verifying accepts any cost.
  const hash = await bcrypt.hash(user.password, 4);
  await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    user.id,
    user.email,
    user.name,
    hash,
    role,
  ]);
  return user;
}

export async function createArticle(
  db: pg.Client,
  options: { createdBy: SeedUser; status: ArticleStatus; title: string; checker?: SeedUser; reviewer?: SeedUser },
): Promise<SeedArticle> {
  const { title, text } = uniqueArticle(options.title);
  const id = newId();
  const hash = createHash("sha256").update(text).digest("hex");
  await db.query(
    `INSERT INTO "Article" (id, title, text, "contentHash", status, "createdById", "checkerId", "reviewerId", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
    [id, title, text, hash, options.status, options.createdBy.id, options.checker?.id ?? null, options.reviewer?.id ?? null],
  );
  await db.query(
    `INSERT INTO "ArticleRevision" (id, "articleId", revision, text, "contentHash", "createdById") VALUES ($1, $2, 1, $3, $4, $5)`,
    [newId(), id, text, hash, options.createdBy.id],
  );
  return { id, title, text };
}

/** A claim on `phrase`, with the selectors the app would have stored. */
export async function createAnnotation(
  db: pg.Client,
  options: { article: SeedArticle; author: SeedUser; status: AnnotationStatus; phrase: string },
): Promise<string> {
  const { article, phrase } = options;
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in the article`);
  const end = start + phrase.length;
  const id = newId();
  await db.query(
    `INSERT INTO "Annotation" (id, "articleId", "authorId", kind, status, start, "end", exact, prefix, suffix, "articleRevision", "lastEditedById", "updatedAt")
     VALUES ($1, $2, $3, 'CLAIM', $4, $5, $6, $7, $8, $9, 1, $3, now())`,
    [
      id,
      article.id,
      options.author.id,
      options.status,
      start,
      end,
      phrase,
      article.text.slice(Math.max(0, start - 32), start),
      article.text.slice(end, end + 32),
    ],
  );
  return id;
}

export async function requestChanges(db: pg.Client, options: { annotationId: string; reviewer: SeedUser; comment: string }) {
  await db.query(
    `INSERT INTO "ReviewDecision" (id, "annotationId", "reviewerId", outcome, comment, "annotationVersion") VALUES ($1, $2, $3, 'CHANGES_REQUESTED', $4, 1)`,
    [newId(), options.annotationId, options.reviewer.id, options.comment],
  );
}

export async function createNotification(
  db: pg.Client,
  options: { to: SeedUser; from: SeedUser; article: SeedArticle; message: string; annotationId?: string; minutesAgo?: number },
): Promise<string> {
  const id = newId();
  await db.query(
    `INSERT INTO "Notification" (id, "userId", kind, "articleId", "annotationId", "actorId", message, "createdAt")
     VALUES ($1, $2, 'REVIEW_REQUESTED', $3, $4, $5, $6, now() - make_interval(mins => $7))`,
    [id, options.to.id, options.article.id, options.annotationId ?? null, options.from.id, options.message, options.minutesAgo ?? 0],
  );
  return id;
}

/** A signed-in page for a seeded user, in a browser context of its own. */
export async function signIn(browser: Browser, user: SeedUser, path = "/"): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Generous: signing in hashes a password, and the machines that run these specs are shared.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, "\\$&")}$`));
  return page;
}

export const PHRASES = {
  submitted: "will rise by 4.99 per cent next year",
  ownSubmitted: "We have frozen fares for the fourth year running",
  changesRequested: "the policy is a mistake",
} as const;

/**
 * One of each My work situation, between a fresh editor (who reviews and signs off) and a fresh
 * reviewer (who checks): a finding waiting for the editor's review beside the editor's own, one
 * sent back to the reviewer, an article assigned to both, one ready for sign-off, a signed-off one.
 */
export async function seedMyWork() {
  return withDatabase(async (db) => {
    const editor = await createUser(db, "EDITOR", "work-editor");
    const reviewer = await createUser(db, "REVIEWER", "work-reviewer");
    const assigned = await createArticle(db, {
      createdBy: reviewer,
      status: "IN_REVIEW",
      title: "Assigned",
      checker: reviewer,
      reviewer: editor,
    });
    const submitted = await createAnnotation(db, { article: assigned, author: reviewer, status: "SUBMITTED", phrase: PHRASES.submitted });
    const ownSubmitted = await createAnnotation(db, {
      article: assigned,
      author: editor,
      status: "SUBMITTED",
      phrase: PHRASES.ownSubmitted,
    });
    const sentBack = await createAnnotation(db, {
      article: assigned,
      author: reviewer,
      status: "CHANGES_REQUESTED",
      phrase: PHRASES.changesRequested,
    });
    await requestChanges(db, { annotationId: sentBack, reviewer: editor, comment: "Cite the council budget paper." });
    const settled = await createArticle(db, { createdBy: reviewer, status: "IN_REVIEW", title: "Settled" });
    await createAnnotation(db, { article: settled, author: reviewer, status: "APPROVED", phrase: PHRASES.submitted });
    await createAnnotation(db, { article: settled, author: reviewer, status: "DISMISSED", phrase: PHRASES.changesRequested });
    const signedOff = await createArticle(db, { createdBy: reviewer, status: "SIGNED_OFF", title: "Signed off", checker: reviewer });
    return { editor, reviewer, assigned, settled, signedOff, annotations: { submitted, ownSubmitted, sentBack } };
  });
}

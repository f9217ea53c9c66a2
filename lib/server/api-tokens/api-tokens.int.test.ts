import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { formatApiToken } from "@/lib/auth/api-token-format";
import { AppError } from "@/lib/errors";
import { assertTestDatabase } from "@/lib/test/database";
import { changePassword } from "@/lib/server/users/change-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { createTestUser } from "@/prisma/test-factories";
import type { Actor } from "@/lib/auth/actor";
import { authenticateApiToken, LAST_USED_PRECISION_MS } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { listMyApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

let admin: Actor;
beforeAll(async () => {
  assertTestDatabase();
  admin = await createTestUser("ADMIN");
});

const make = (actor: Actor, overrides: Partial<Parameters<typeof createApiToken>[0]["input"]> = {}, now?: Date) =>
  createApiToken({ actor, input: { name: "CMS sync", scopes: ["READ", "EXPORT"], expiresInDays: 30, ...overrides }, now });

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const audits = (entityId: string) =>
  getDb().auditEvent.findMany({
    where: { entityId, entityType: "ApiToken" },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, after: true },
  });

describe("API tokens", () => {
  it("answers the secret once, keeps only its SHA-256, and audits the creation in the same transaction", async () => {
    const user = await createTestUser("REVIEWER");
    const created = await make(user);
    expect(created.token).toMatch(/^fmk_[0-9A-Za-z]{36}$/);
    expect(created).toMatchObject({ name: "CMS sync", prefix: created.token.slice(0, 12), scopes: ["read", "export"], isActive: true });
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.token.slice(12));
    expect(await audits(created.id)).toEqual([
      { action: "token.created", actorId: user.id, after: expect.objectContaining({ prefix: created.prefix, scopes: ["READ", "EXPORT"] }) },
    ]);
    const [listed] = await listMyApiTokens({ actor: user });
    expect(listed).not.toHaveProperty("token");
    expect(listed).not.toHaveProperty("hash");
    expect(listed?.id).toBe(created.id);
  });

  it("gives the admin scope to admins only", async () => {
    const editor = await createTestUser("EDITOR");
    expect((await refusal(make(editor, { scopes: ["ADMIN"] }))).code).toBe("FORBIDDEN");
    expect((await make(admin, { scopes: ["ADMIN"] })).scopes).toEqual(["admin"]);
  });

  it("authenticates as its user with its scopes, and drops admin when the user is no longer an admin", async () => {
    const user = await createTestUser("ADMIN");
    const { token } = await make(user, { scopes: ["READ", "ADMIN"] });
    const caller = await authenticateApiToken({ token });
    expect(caller.actor).toEqual({ id: user.id, email: user.email, name: user.name, role: "ADMIN" });
    expect(caller.scopes).toEqual(["READ", "ADMIN"]);
    await getDb().user.update({ where: { id: user.id }, data: { role: "EDITOR" } });
    expect(await authenticateApiToken({ token })).toMatchObject({ actor: { role: "EDITOR" }, scopes: ["READ"] });
  });

  it("refuses malformed and unknown tokens with a message that says which", async () => {
    expect((await refusal(authenticateApiToken({ token: "fmk_nope" }))).message).toMatch(/not a Factmark API token/);
    // Well formed, checksum and all, but never issued.
    const unknown = await refusal(authenticateApiToken({ token: formatApiToken("A".repeat(30)) }));
    expect(unknown).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(unknown.message).toMatch(/not known/);
  });

  it("refuses an expired token, and one that never expires keeps working", async () => {
    const user = await createTestUser();
    const longAgo = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    const expired = await make(user, { expiresInDays: 7 }, longAgo);
    expect((await refusal(authenticateApiToken({ token: expired.token }))).message).toMatch(/expired on/);
    const forever = await make(user, { expiresInDays: null }, longAgo);
    expect(forever.expiresAt).toBeNull();
    await expect(authenticateApiToken({ token: forever.token })).resolves.toMatchObject({ tokenId: forever.id });
  });

  it("is revoked by its owner or an admin, by id or by prefix, audited once", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser("EDITOR");
    const first = await make(owner);
    expect((await refusal(revokeApiToken({ actor: stranger, by: { id: first.id } }))).code).toBe("NOT_FOUND");
    await authenticateApiToken({ token: first.token });

    const revoked = await revokeApiToken({ actor: owner, by: { id: first.id } });
    expect(revoked).toMatchObject({ isActive: false, revokedAt: expect.any(Date) });
    expect((await refusal(authenticateApiToken({ token: first.token }))).message).toMatch(/was revoked/);
    await revokeApiToken({ actor: owner, by: { id: first.id } });
    expect((await audits(first.id)).map((event) => event.action)).toEqual(["token.created", "token.revoked"]);

    const second = await make(owner);
    await revokeApiToken({ actor: admin, by: { id: second.id } });
    const third = await make(owner);
    await revokeApiToken({ actor: null, by: { prefix: third.prefix } });
    expect(await audits(third.id)).toContainEqual(expect.objectContaining({ action: "token.revoked", actorId: null }));
    expect((await listMyApiTokens({ actor: owner })).every((token) => !token.isActive)).toBe(true);
  });

  it("stops at the next request once the user's password changes, in the same transaction as the change", async () => {
    const user = await createTestUser();
    const { token, id } = await make(user);
    const other = await make(await createTestUser());
    await changePassword({ actorId: null, input: { email: user.email, password: "a new password, long" } });
    expect((await refusal(authenticateApiToken({ token }))).message).toMatch(/was revoked/);
    expect(await audits(id)).toContainEqual(
      expect.objectContaining({ action: "token.revoked", after: expect.objectContaining({ reason: "password_changed" }) }),
    );
    await expect(authenticateApiToken({ token: other.token })).resolves.toBeTruthy();
  });

  it("stops when the user is deactivated, and stays stopped after reactivation", async () => {
    const user = await createTestUser();
    const { token } = await make(user);
    await setUserActive({ actorId: admin.id, input: { email: user.email, isActive: false } });
    expect((await refusal(authenticateApiToken({ token }))).code).toBe("UNAUTHENTICATED");
    await setUserActive({ actorId: admin.id, input: { email: user.email, isActive: true } });
    expect((await refusal(authenticateApiToken({ token }))).message).toMatch(/was revoked/);
  });

  it("refuses a live token of a deactivated user even if the token was not revoked", async () => {
    const user = await createTestUser();
    const { token } = await make(user);
    await getDb().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect((await refusal(authenticateApiToken({ token }))).message).toMatch(/deactivated/);
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const { token, id } = await make(await createTestUser());
    const lastUsed = async () => (await getDb().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.getTime();
    const start = new Date();
    await authenticateApiToken({ token, now: start });
    expect(await lastUsed()).toBe(start.getTime());
    await authenticateApiToken({ token, now: new Date(start.getTime() + LAST_USED_PRECISION_MS - 1) });
    expect(await lastUsed()).toBe(start.getTime());
    const later = new Date(start.getTime() + LAST_USED_PRECISION_MS);
    await Promise.all([authenticateApiToken({ token, now: later }), authenticateApiToken({ token, now: later })]);
    expect(await lastUsed()).toBe(later.getTime());
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { countUnreadNotifications } from "./count-unread-notifications";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { notify } from "./notify";
import type { Actor } from "@/lib/auth/session";

let me: Actor;
let someoneElse: Actor;
let editor: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  [me, someoneElse, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER"), createTestUser("EDITOR")]);
  article = await createTestArticle(editor);
});

/** Through notify(), as the review use cases write them; createdAt set apart so the order is certain. */
async function send(to: Actor, message: string, minutesAgo: number, annotationId: string | null = null) {
  await getDb().$transaction((tx) =>
    notify(tx, { userIds: [to.id], kind: "REVIEW_REQUESTED", actorId: editor.id, articleId: article.id, annotationId, message }),
  );
  const { id } = await getDb().notification.findFirstOrThrow({ where: { userId: to.id, message }, select: { id: true } });
  return getDb().notification.update({ where: { id }, data: { createdAt: new Date(Date.now() - minutesAgo * 60_000) } });
}

describe("notifications", () => {
  it("lists only the actor's own, newest first, with the article title and who did it", async () => {
    const reader = await createTestUser("REVIEWER");
    await send(reader, "older", 10, "annotation-1");
    await send(reader, "newer", 1);
    await send(someoneElse, "not for the reader", 0);

    const list = await listNotifications({ actor: reader });
    expect(list.map((n) => n.message)).toEqual(["newer", "older"]);
    expect(list[1]).toMatchObject({
      kind: "REVIEW_REQUESTED",
      isUnread: true,
      actorName: editor.name,
      article: { id: article.id, title: article.title },
      annotationId: "annotation-1",
    });
    expect(await countUnreadNotifications({ actor: reader })).toBe(2);
    expect(await listNotifications({ actor: reader, limit: 1 })).toHaveLength(1);
  });

  it("listing marks nothing read; marking by id changes only those, and all the rest when ids are left out", async () => {
    const first = await send(me, "first", 3);
    await send(me, "second", 2);
    await send(me, "third", 1);
    await listNotifications({ actor: me });
    expect(await countUnreadNotifications({ actor: me })).toBe(3);

    expect(await markNotificationsRead({ actor: me, ids: [first.id] })).toEqual({ marked: 1 });
    expect(await countUnreadNotifications({ actor: me })).toBe(2);
    const listed = await listNotifications({ actor: me });
    expect(listed.find((n) => n.id === first.id)?.isUnread).toBe(false);

    // Marking again is harmless and counts nothing.
    expect(await markNotificationsRead({ actor: me, ids: [first.id] })).toEqual({ marked: 0 });
    expect(await markNotificationsRead({ actor: me })).toEqual({ marked: 2 });
    expect(await countUnreadNotifications({ actor: me })).toBe(0);
  });

  it("ignores someone else's ids: nothing of theirs is marked read, and the answer counts only the actor's own", async () => {
    const theirs = await send(someoneElse, "theirs", 1);
    const mine = await send(me, "mine", 1);

    expect(await markNotificationsRead({ actor: me, ids: [theirs.id] })).toEqual({ marked: 0 });
    expect(await markNotificationsRead({ actor: me, ids: [theirs.id, mine.id] })).toEqual({ marked: 1 });
    expect(await getDb().notification.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ readAt: null });

    // "All" means all of the actor's own, never anyone else's.
    await markNotificationsRead({ actor: me });
    expect(await getDb().notification.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ readAt: null });
  });

  it("marks all only up to the newest one the page showed", async () => {
    const reader = await createTestUser("REVIEWER");
    const shown = await send(reader, "shown", 5);
    await send(reader, "arrived later", 0);
    expect(await markNotificationsRead({ actor: reader, upTo: shown.createdAt })).toEqual({ marked: 1 });
    expect((await listNotifications({ actor: reader })).map((n) => [n.message, n.isUnread])).toEqual([
      ["arrived later", true],
      ["shown", false],
    ]);
  });

  it("keeps the message but drops the article when the actor may no longer read it", async () => {
    const reader = await createTestUser("REVIEWER");
    const archived = await createTestArticle(editor);
    await getDb().$transaction((tx) =>
      notify(tx, { userIds: [reader.id], kind: "ASSIGNED", actorId: editor.id, articleId: archived.id, message: "You were assigned" }),
    );
    await getDb().article.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    expect(await listNotifications({ actor: reader })).toEqual([expect.objectContaining({ message: "You were assigned", article: null })]);
  });
});

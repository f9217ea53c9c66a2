import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { claimReviewNode } from "@/lib/fact-checks/test-support";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { importFactChecks } from "./import-fact-checks";
import { LIBRARY_PAGE_SIZE, listFactChecks, listLibraryPublishers } from "./list-fact-checks";

let editor: Actor;
let reviewer: Actor;
const publisher = `Lister ${randomUUID().slice(0, 8)}`;
const count = LIBRARY_PAGE_SIZE + 12;

beforeAll(async () => {
  assertTestDatabase();
  [editor, reviewer] = await Promise.all([createTestUser("EDITOR"), createTestUser("REVIEWER")]);
  const host = `list-${randomUUID()}.example`;
  const feed = Array.from({ length: count }, (_, i) =>
    claimReviewNode(i + 1, {
      url: `https://${host}/${i + 1}`,
      author: { name: publisher },
      claimReviewed: `Listed claim ${i + 1} ${host}`,
    }),
  );
  const bytes = Buffer.from(JSON.stringify(feed));
  await importFactChecks({
    actor: editor,
    source: "list.json",
    bytes: (async function* () {
      yield bytes;
    })(),
  });
});

describe("the library's list", () => {
  it("pages newest first by keyset, a feed's later items first, filtered by publisher", async () => {
    const first = await listFactChecks({ actor: editor, query: { publisher } });
    expect(first.entries).toHaveLength(LIBRARY_PAGE_SIZE);
    expect(first.entries[0]!.claimReviewed).toMatch(new RegExp(`^Listed claim ${count} `));
    expect(first.nextCursor).not.toBeNull();
    const second = await listFactChecks({ actor: editor, query: { publisher, after: first.nextCursor! } });
    expect(second.entries).toHaveLength(count - LIBRARY_PAGE_SIZE);
    expect(second.nextCursor).toBeNull();
    const numbers = [...first.entries, ...second.entries].map((entry) => Number(/^Listed claim (\d+)/.exec(entry.claimReviewed)![1]));
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => count - i));
    expect(first.entries[0]).toMatchObject({
      origin: "library",
      publisherName: publisher,
      ratingName: "False",
      datePublished: "2024-03-05",
    });
    expect(await listLibraryPublishers({ actor: editor })).toContain(publisher);
  });

  it("filters by origin and refuses a cursor it did not hand out", async () => {
    expect((await listFactChecks({ actor: editor, query: { publisher, origin: "desk" } })).entries).toEqual([]);
    await expect(listFactChecks({ actor: editor, query: { after: "not-a-cursor" } })).rejects.toMatchObject({
      code: "INVALID",
      details: { field: "after" },
    });
  });

  it("is for editors and admins only", async () => {
    await expect(listFactChecks({ actor: reviewer, query: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listLibraryPublishers({ actor: reviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

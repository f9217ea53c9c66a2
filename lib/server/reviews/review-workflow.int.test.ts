import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestAnnotation, createTestUser } from "@/prisma/test-factories";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { addSource } from "@/lib/server/sources/add-source";
import { correctArticle } from "@/lib/server/articles/correct-article";
import { assignArticle } from "@/lib/server/articles/assign-article";
import { signOffArticle } from "@/lib/server/articles/sign-off-article";
import { reopenArticle } from "@/lib/server/articles/reopen-article";
import { submitAnnotation } from "./submit-annotation";
import { approveAnnotation, dismissAnnotation, requestChanges } from "./review-annotation";
import { reopenAnnotation } from "./reopen-annotation";
import { buildReportModel } from "@/lib/server/reports/build-report-model";
import { NO_FINDINGS } from "@/lib/workflow/sign-off";
import { REASON_REQUIRED } from "@/lib/workflow/reasons";

let author: Actor;
let reviewer: Actor;
let editor: Actor;
let admin: Actor;
beforeAll(async () => {
  assertTestDatabase();
  [author, reviewer, editor, admin] = await Promise.all([
    createTestUser("REVIEWER"),
    createTestUser("REVIEWER"),
    createTestUser("EDITOR"),
    createTestUser("ADMIN"),
  ]);
});

/** A claim ready for review, on an article of its own, submitted by `by`. */
async function submittedClaim(by: Actor = author) {
  const article = await createTestArticle(by);
  const claim = await createTestAnnotation(by, article);
  const withVerdict = await updateAnnotation({
    actor: by,
    input: { annotationId: claim.id, version: claim.version, patch: { verdict: { rating: "FALSE" } } },
  });
  const withSource = await addSource({
    actor: by,
    input: { annotationId: claim.id, version: withVerdict.version, source: { url: "https://www.ons.gov.uk/", stance: "CONTRADICTS" } },
  });
  const submitted = await submitAnnotation({ actor: by, input: { annotationId: claim.id, version: withSource.version } });
  return { article, claim: submitted };
}

describe("four-eyes review", () => {
  it("refuses the author's own approval, whatever their role, and lets a second reviewer approve the version they read", async () => {
    const { claim } = await submittedClaim(admin);
    await expect(approveAnnotation({ actor: admin, input: { annotationId: claim.id, version: claim.version } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "A second person must review this: you wrote it.",
    });
    const approved = await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: claim.version } });
    expect(approved).toMatchObject({ status: "APPROVED", version: claim.version + 1 });
    expect(approved.reviews).toMatchObject([{ outcome: "APPROVED", version: claim.version, reviewer: { id: reviewer.id } }]);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: "annotation.approved" } });
    expect(audit.after).toMatchObject({ status: "APPROVED", reviewedVersion: claim.version });
  });

  it("refuses the approval of whoever made the latest change, even when someone else wrote it", async () => {
    const { claim } = await submittedClaim(author);
    const edited = await updateAnnotation({
      actor: editor,
      input: { annotationId: claim.id, version: claim.version, patch: { note: "tightened" } },
    });
    await expect(approveAnnotation({ actor: editor, input: { annotationId: claim.id, version: edited.version } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "A second person must review this: you made its latest change.",
    });
    await expect(approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: edited.version } })).resolves.toMatchObject(
      {
        status: "APPROVED",
      },
    );
  });

  it("puts an approved finding back in review when it changes, and records why", async () => {
    const { claim } = await submittedClaim();
    const approved = await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: claim.version } });
    const edited = await updateAnnotation({
      actor: author,
      input: { annotationId: claim.id, version: approved.version, patch: { claimText: "Unemployment fell." } },
    });
    expect(edited.status).toBe("SUBMITTED");
    const events = await getDb().auditEvent.findMany({ where: { entityId: claim.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(events.map((e) => e.action)).toContain("annotation.needs_review");
  });

  it("requires a reason to request changes, notifies the author, and lets the author resubmit", async () => {
    const { claim } = await submittedClaim();
    // The use case says so itself, not only the action's schema (and not the database's CHECK as a raw error).
    await expect(
      requestChanges({ actor: reviewer, input: { annotationId: claim.id, version: claim.version, reason: "  " } }),
    ).rejects.toMatchObject({ code: "INVALID", message: "Say why: a reason is required.", details: { field: "reason" } });
    const returned = await requestChanges({
      actor: reviewer,
      input: { annotationId: claim.id, version: claim.version, reason: "Cite the ONS table." },
    });
    expect(returned).toMatchObject({
      status: "CHANGES_REQUESTED",
      reviews: [{ outcome: "CHANGES_REQUESTED", reason: "Cite the ONS table." }],
    });
    const note = await getDb().notification.findFirstOrThrow({ where: { userId: author.id, annotationId: claim.id } });
    expect(note).toMatchObject({ kind: "CHANGES_REQUESTED", actorId: reviewer.id });
    await expect(submitAnnotation({ actor: author, input: { annotationId: claim.id, version: returned.version } })).resolves.toMatchObject({
      status: "SUBMITTED",
    });
  });

  it("tells the reviewer who lost the race who decided what first, that theirs was not recorded, and the state now", async () => {
    const { claim } = await submittedClaim();
    await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: claim.version } });
    await expect(
      requestChanges({ actor: editor, input: { annotationId: claim.id, version: claim.version, reason: "Name the year." } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${reviewer.name} approved this finding first, so your request for changes was not recorded. It is now Approved.`,
      details: { reason: "DECIDED_ELSEWHERE", current: { status: "APPROVED", version: claim.version + 1 } },
    });
    expect(await getDb().reviewDecision.count({ where: { annotationId: claim.id } })).toBe(1);
  });

  it("ends two simultaneous decisions on one version in one consistent state: one passes, the other is told", async () => {
    const { claim } = await submittedClaim();
    const results = await Promise.allSettled([
      approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: claim.version } }),
      requestChanges({ actor: editor, input: { annotationId: claim.id, version: claim.version, reason: "No." } }),
      approveAnnotation({ actor: admin, input: { annotationId: claim.id, version: claim.version } }),
      updateAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version, patch: { note: "late edit" } } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) expect(r.reason.code).toBe("CONFLICT");
    const decisions = await getDb().reviewDecision.count({ where: { annotationId: claim.id } });
    const row = await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    expect(row.version).toBe(claim.version + 1);
    const winner = results.findIndex((r) => r.status === "fulfilled");
    expect(decisions).toBe(winner === 3 ? 0 : 1);
  });
});

describe("article sign-off", () => {
  it("is refused until every finding is approved or dismissed, then records the revision, the versions and the chain head", async () => {
    const { article, claim } = await submittedClaim();
    const exact = "a statistical mirage";
    const start = article.text.indexOf(exact);
    const opinion = await createAnnotation({
      actor: author,
      input: { articleId: article.id, articleRevision: 1, kind: "OPINION", start, end: start + exact.length, exact },
    });

    await expect(signOffArticle({ actor: editor, input: { articleId: article.id } })).rejects.toMatchObject({ code: "INVALID" });
    await expect(signOffArticle({ actor: reviewer, input: { articleId: article.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const approved = await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: claim.version } });
    await expect(
      dismissAnnotation({ actor: reviewer, input: { annotationId: opinion.id, version: opinion.version, reason: " " } }),
    ).rejects.toMatchObject({ code: "INVALID", message: "Say why: a reason is required.", details: { field: "reason" } });
    const dismissed = await dismissAnnotation({
      actor: reviewer,
      input: { annotationId: opinion.id, version: opinion.version, reason: "Not check-worthy." },
    });

    const signOff = await signOffArticle({ actor: editor, input: { articleId: article.id } });
    const record = await getDb().articleSignOff.findUniqueOrThrow({ where: { id: signOff.id } });
    expect(record).toMatchObject({ revision: 1, signedOffById: editor.id });
    expect(record.coverage).toEqual(
      expect.arrayContaining([
        { annotationId: claim.id, version: approved.version, status: "APPROVED" },
        { annotationId: opinion.id, version: dismissed.version, status: "DISMISSED" },
      ]),
    );
    const head = await getDb().auditEvent.findFirstOrThrow({
      where: { articleId: article.id },
      orderBy: [{ seq: "desc" }, { id: "desc" }],
    });
    expect(head.action).toBe("article.signed_off");
    expect(record.chainHead).toBe(head.hash);

    // Read-only now: no edit, no new annotation, no review step.
    await expect(
      updateAnnotation({ actor: author, input: { annotationId: claim.id, version: approved.version, patch: { note: "x" } } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/signed off/),
    });
    await expect(reopenAnnotation({ actor: editor, input: { annotationId: claim.id, version: approved.version } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await expect(reopenArticle({ actor: editor, input: { articleId: article.id, reason: "" } })).rejects.toMatchObject({
      code: "INVALID",
      message: "Say why: a reason is required.",
      details: { field: "reason" },
    });
    await reopenArticle({ actor: admin, input: { articleId: article.id, reason: "Reader complaint about the ONS figure." } });
    const reopened = await getDb().articleSignOff.findUniqueOrThrow({ where: { id: signOff.id } });
    expect(reopened).toMatchObject({ reopenedById: admin.id, reopenReason: "Reader complaint about the ONS figure." });
    await expect(
      updateAnnotation({ actor: author, input: { annotationId: claim.id, version: approved.version, patch: { note: "x" } } }),
    ).resolves.toMatchObject({
      status: "SUBMITTED",
    });
  });

  it("takes an article with no findings only as having nothing check-worthy, with a reason the record, the chain and the report keep", async () => {
    const article = await createTestArticle(author);
    await expect(signOffArticle({ actor: editor, input: { articleId: article.id } })).rejects.toMatchObject({
      code: "INVALID",
      details: { problems: [NO_FINDINGS] },
    });
    await expect(signOffArticle({ actor: editor, input: { articleId: article.id, nothingCheckWorthy: "  " } })).rejects.toMatchObject({
      code: "INVALID",
      message: REASON_REQUIRED,
      details: { field: "nothingCheckWorthy" },
    });
    await expect(
      signOffArticle({ actor: reviewer, input: { articleId: article.id, nothingCheckWorthy: "Nothing here." } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const reason = "A notice of council meeting dates: no claims, quotes or opinions.";
    const signOff = await signOffArticle({ actor: editor, input: { articleId: article.id, nothingCheckWorthy: reason } });
    const record = await getDb().articleSignOff.findUniqueOrThrow({ where: { id: signOff.id } });
    expect(record).toMatchObject({ signedOffById: editor.id, coverage: [], nothingCheckWorthy: reason });
    const head = await getDb().auditEvent.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { seq: "desc" } });
    expect(head).toMatchObject({ action: "article.signed_off", hash: record.chainHead });
    expect(head.after).toMatchObject({ status: "SIGNED_OFF", coverage: [], nothingCheckWorthy: reason });
    const report = await buildReportModel({ actor: reviewer, articleId: article.id, baseUrl: "http://localhost" });
    expect(report.signOff).toMatchObject({ by: editor.name, covered: 0, nothingCheckWorthy: reason });

    // An article with a finding is signed off the ordinary way, never as having nothing check-worthy.
    const { article: withFinding } = await submittedClaim();
    await expect(signOffArticle({ actor: editor, input: { articleId: withFinding.id, nothingCheckWorthy: reason } })).rejects.toMatchObject(
      {
        code: "INVALID",
        details: { problems: [expect.stringMatching(/^It has 1 finding: /)] },
      },
    );
  });

  it("keeps the database to the same rule: a nothing-check-worthy sign-off has a reason and covers no annotation", async () => {
    const article = await createTestArticle(author);
    const row = (nothingCheckWorthy: string, coverage: unknown[]) =>
      getDb().articleSignOff.create({
        data: {
          articleId: article.id,
          revision: 1,
          coverage: coverage as never,
          chainHead: "h",
          signedOffById: editor.id,
          nothingCheckWorthy,
        },
      });
    await expect(row(" ", [])).rejects.toMatchObject({ code: "P2039" });
    await expect(row("Nothing here.", [{ annotationId: "a1", version: 1, status: "APPROVED" }])).rejects.toMatchObject({ code: "P2039" });
    await expect(row("Nothing here.", [])).resolves.toMatchObject({ nothingCheckWorthy: "Nothing here." });
  });

  it("is reopened by a correction of the text, which sends findings whose words changed back to review", async () => {
    const { article, claim } = await submittedClaim();
    await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: claim.version } });
    await signOffArticle({ actor: editor, input: { articleId: article.id } });
    await correctArticle({
      actor: editor,
      input: {
        articleId: article.id,
        revision: 1,
        text: article.text.replace("Unemployment fell to 4.1 per cent", "Unemployment fell to 4.2 per cent"),
      },
    });
    const [row, after] = await Promise.all([
      getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true } }),
      getDb().annotation.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true } }),
    ]);
    expect(row.status).toBe("IN_PROGRESS");
    expect(after.status).toBe("SUBMITTED");
  });

  it("refuses assignment on a signed-off article: nothing after the sign-off's chain head, nobody notified", async () => {
    const { article, claim } = await submittedClaim();
    await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: claim.version } });
    const signOff = await signOffArticle({ actor: editor, input: { articleId: article.id } });
    const before = await Promise.all([
      getDb().auditEvent.count({ where: { articleId: article.id } }),
      getDb().notification.count({ where: { articleId: article.id } }),
    ]);
    for (const actor of [editor, admin]) {
      await expect(
        assignArticle({ actor, input: { articleId: article.id, checkerId: author.id, reviewerId: reviewer.id } }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "The article is signed off: an editor must reopen it before anything changes.",
      });
    }
    const head = await getDb().auditEvent.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { seq: "desc" } });
    expect(head.hash).toBe(signOff.chainHead);
    expect(
      await Promise.all([
        getDb().auditEvent.count({ where: { articleId: article.id } }),
        getDb().notification.count({ where: { articleId: article.id } }),
      ]),
    ).toEqual(before);
    const row = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { checkerId: true, reviewerId: true } });
    expect(row).toEqual({ checkerId: null, reviewerId: null });
  });

  it("lets editors assign a checker and a reviewer, who are notified", async () => {
    const article = await createTestArticle(author);
    await expect(
      assignArticle({ actor: reviewer, input: { articleId: article.id, checkerId: reviewer.id, reviewerId: null } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await assignArticle({ actor: editor, input: { articleId: article.id, checkerId: author.id, reviewerId: reviewer.id } });
    const notes = await getDb().notification.findMany({ where: { articleId: article.id, kind: "ASSIGNED" }, select: { userId: true } });
    expect(notes.map((n) => n.userId).sort()).toEqual([author.id, reviewer.id].sort());
  });
});

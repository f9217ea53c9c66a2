import "server-only";
import { CARD_FIELDS, COLUMN_FIELDS, type CardColumns, type ColumnField } from "@/lib/annotations/card-fields";
import { AUDIT_EVENTS, type AuditPayloadIn } from "@/lib/audit/audit-events";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import type { AnnotationKind, AnnotationStatus, ArticleStatus } from "@/lib/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimableSql } from "@/lib/server/annotations/claim-version";
import { noteArticleEvent } from "@/lib/server/live/committed-changes";

/**
 * The annotation columns a card's save writes, and the SQL type each value is cast to: the card's
 * column fields, read from their entries in lib/annotations/card-fields.ts.
 */
const WRITABLE_COLUMNS = Object.fromEntries(COLUMN_FIELDS.map((field) => [field, CARD_FIELDS[field].column])) as Record<
  ColumnField,
  string
>;

export type WritableField = ColumnField;
export type FieldValues = Partial<CardColumns>;

export function isWritableField(field: string): field is WritableField {
  return Object.hasOwn(WRITABLE_COLUMNS, field);
}

export type ClaimAndWriteOptions = {
  actor: Actor;
  annotationId: string;
  /** The version the save was made on: the row is written only if it still has it. */
  version: number;
  fields: FieldValues;
  /** Also read the verdict as it was, for the audit's `before`. */
  withVerdictBefore: boolean;
  /** What the audit event records besides the changed fields' old values (which the statement reads). */
  audit: CardSaveAudit;
};

/** The event a card's save appends: one of the audit union's, written by the statement itself. */
const CARD_SAVE = "annotation.updated";

export type CardSaveAudit = {
  beforeExtra: Pick<AuditPayloadIn<typeof CARD_SAVE, "before">, "version" | "mergedFrom" | "restsOnIds">;
  after: AuditPayloadIn<typeof CARD_SAVE, "after">;
};

/** The annotation as it was when claimed (its facts for the rules, the written fields' old values). */
export type ClaimedAnnotation = {
  articleId: string;
  kind: AnnotationKind;
  status: AnnotationStatus;
  authorId: string;
  lastEditedById: string | null;
  articleStatus: ArticleStatus;
  /** The version after this write. */
  version: number;
};

type ClaimRow = Omit<ClaimedAnnotation, "version"> & { newVersion: number; seq: number };

/**
 * A card's save in one statement: claim the version (the row lock is taken here), write the fields,
 * and append the audit event with the fields' old values, so the lock is held only until the
 * transaction's last read and its COMMIT. It is the claim of lib/server/annotations/claim-version.ts
 * in SQL, in that module's scope (claimableSql): an annotation on an article the actor cannot read,
 * a deleted one, or one whose version moved on is not written, and the answer is null; the caller
 * then reads why.
 *
 * Rules (who may edit, which kind carries what) are checked by the caller on what this returns;
 * a refusal throws, which rolls the statement back with the transaction.
 */
export async function claimAndWriteFields(
  tx: Tx,
  { actor, annotationId, version, fields, withVerdictBefore, audit }: ClaimAndWriteOptions,
): Promise<ClaimedAnnotation | null> {
  const given = Object.keys(fields).filter((field) => fields[field as WritableField] !== undefined);
  // A field that is no column field of the card's registry would not be saved: refused, not dropped.
  const unknown = given.filter((field) => !isWritableField(field));
  if (unknown.length) throw new Error(`claimAndWriteFields cannot write ${unknown.join(", ")}: add it to WRITABLE_COLUMNS.`);
  const columns = given.filter(isWritableField);
  const oldValues = columns.length
    ? Prisma.sql`jsonb_build_object(${Prisma.join(
        columns.map((column) => Prisma.sql`${column}::text, a.${Prisma.raw(`"${column}"`)}`),
        ", ",
      )})`
    : Prisma.sql`'{}'::jsonb`;
  const verdictBefore = withVerdictBefore
    ? Prisma.sql`jsonb_build_object('verdict', (SELECT jsonb_build_object('rating', v.rating, 'rationale', v.rationale, 'copiedFromFactCheckId', v."copiedFromFactCheckId") FROM "Verdict" v WHERE v."annotationId" = a.id))`
    : Prisma.sql`'{}'::jsonb`;
  const assignments = columns.map(
    (column) => Prisma.sql`${Prisma.raw(`"${column}"`)} = ${fields[column] ?? null}::${Prisma.raw(WRITABLE_COLUMNS[column])}`,
  );
  const [row] = await tx.$queryRaw<ClaimRow[]>`
    WITH old AS (
      SELECT a.id, a."articleId", a.kind::text AS kind, a.status::text AS status, a."authorId", a."lastEditedById",
             ar.status::text AS "articleStatus", ${oldValues} || ${verdictBefore} AS before
      FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId"
      WHERE a.id = ${annotationId} AND a.version = ${version} AND ${claimableSql(actor)}
      FOR UPDATE OF a
    ), claimed AS (
      UPDATE "Annotation" a
      SET ${Prisma.join([...assignments, Prisma.sql`version = a.version + 1, "lastEditedById" = ${actor.id}, "updatedAt" = now()`], ", ")}
      FROM old WHERE a.id = old.id
      RETURNING a.id, a.version
    ), event AS (
      INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "articleId", before, after)
      SELECT ${actor.id}, ${CARD_SAVE}, ${AUDIT_EVENTS[CARD_SAVE].entityType}, old.id, old."articleId",
             old.before || ${JSON.stringify(audit.beforeExtra)}::jsonb, ${JSON.stringify(audit.after)}::jsonb
      FROM old JOIN claimed ON claimed.id = old.id
      RETURNING seq
    )
    SELECT old."articleId", old.kind, old.status, old."authorId", old."lastEditedById", old."articleStatus",
           claimed.version AS "newVersion", (SELECT seq FROM event) AS seq
    FROM old JOIN claimed ON claimed.id = old.id`;
  if (!row) return null;
  noteArticleEvent(tx, { articleId: row.articleId, seq: row.seq });
  const { newVersion, seq: _seq, ...facts } = row;
  return { ...facts, version: newVersion };
}

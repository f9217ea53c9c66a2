// Every field of an annotation's card, once: its label in the form's words, its limits and
// messages, the column that stores it and the SQL type a save casts to, and the kinds whose card
// shows it. The patch schema, the SQL writer, the editor, the conflict notice, the history,
// "changed since", the merge and the projections (the card's view, its wire rows, the report) all
// read this, so a text or choice field is one entry here and a migration. The export formats lay
// fields out by hand (CSV, PDF, Markdown, Web Annotation, the report page): a field shown there is
// written there too. Declared in the form's order. The verdict is two fields, as on screen.
import { ANNOTATION_KINDS, QUOTE_CHECKS, type AnnotationKind } from "@/lib/enums";

type Shared = { label: string; kinds: readonly AnnotationKind[] };
/** Typed freely, stored as typed in a text column (empty as null). */
type TextSpec = Shared & { type: "text"; column: "text"; maxLength: number; subject: string; isMultiline: boolean };
/** One of an enum's values, stored in a column of that enum's type (quoted as PostgreSQL names it). */
type ChoiceSpec = Shared & { type: "choice"; column: string; values: readonly string[]; message: string };
/** A part of the verdict: the patch sends the verdict as one key, the merge compares its parts apart. */
type VerdictPartSpec = Shared & { type: "verdict"; wrongKind: string };
/** The claims an opinion rests on: a relation, not a column. */
type ClaimListSpec = Shared & { type: "claims"; maxItems: number; tooMany: string; wrongKind: string };
export type CardFieldSpec = TextSpec | ChoiceSpec | VerdictPartSpec | ClaimListSpec;

const ONLY_CLAIMS_CARRY_A_VERDICT = "Only claims carry a verdict.";

export const CARD_FIELDS = {
  claimText: {
    type: "text",
    label: "Checkable claim",
    kinds: ["CLAIM"],
    column: "text",
    maxLength: 1000,
    subject: "The checkable claim",
    isMultiline: true,
  },
  rating: { type: "verdict", label: "Rating", kinds: ["CLAIM"], wrongKind: ONLY_CLAIMS_CARRY_A_VERDICT },
  rationale: { type: "verdict", label: "Rationale", kinds: ["CLAIM"], wrongKind: ONLY_CLAIMS_CARRY_A_VERDICT },
  speaker: { type: "text", label: "Speaker", kinds: ["QUOTE"], column: "text", maxLength: 200, subject: "The speaker", isMultiline: false },
  quoteCheck: {
    type: "choice",
    label: "Quote check",
    kinds: ["QUOTE"],
    column: '"QuoteCheck"',
    values: QUOTE_CHECKS,
    message: "Choose Verified, Inaccurate, Out of context or Unverified.",
  },
  quoteOrigin: {
    type: "text",
    label: "Original source of the quote",
    kinds: ["QUOTE"],
    column: "text",
    maxLength: 1000,
    subject: "The original source",
    isMultiline: false,
  },
  holder: {
    type: "text",
    label: "Opinion holder",
    kinds: ["OPINION"],
    column: "text",
    maxLength: 200,
    subject: "The opinion holder",
    isMultiline: false,
  },
  restsOnIds: {
    type: "claims",
    label: "Rests on claims",
    kinds: ["OPINION"],
    maxItems: 50,
    tooMany: "An opinion can rest on at most 50 claims.",
    wrongKind: "Only opinions rest on claims.",
  },
  note: { type: "text", label: "Note", kinds: ANNOTATION_KINDS, column: "text", maxLength: 5000, subject: "The note", isMultiline: true },
} as const satisfies Record<string, CardFieldSpec>;

type Fields = typeof CARD_FIELDS;
export type CardField = keyof Fields;
/** The fields stored in a column of the annotation row, which a card's save writes by name. */
export type ColumnField = { [F in CardField]: Fields[F] extends { column: string } ? F : never }[CardField];
export type TextField = { [F in CardField]: Fields[F] extends { type: "text" } ? F : never }[CardField];
/** What a column holds: the text, or one of its choices; null when not given. */
export type ColumnValue<F extends ColumnField> = (Fields[F] extends { values: readonly (infer V)[] } ? V : string) | null;
export type CardColumns = { [F in ColumnField]: ColumnValue<F> };
/** The key a field travels under in a card's patch: the verdict's parts travel together. */
export type PatchKey = { [F in CardField]: Fields[F] extends { type: "verdict" } ? "verdict" : F }[CardField];

/** In the form's order. */
export const CARD_FIELD_NAMES = Object.keys(CARD_FIELDS) as CardField[];

export const isColumnField = (field: string): field is ColumnField =>
  Object.hasOwn(CARD_FIELDS, field) && "column" in CARD_FIELDS[field as CardField];

/** In the form's order, which is also the order of the annotation's columns. */
export const COLUMN_FIELDS: readonly ColumnField[] = CARD_FIELD_NAMES.filter(isColumnField);

export const patchKeyOf = (field: CardField): PatchKey => (CARD_FIELDS[field].type === "verdict" ? "verdict" : (field as PatchKey));

export const PATCH_KEYS: ReadonlySet<PatchKey> = new Set(CARD_FIELD_NAMES.map(patchKeyOf));

/** The fields the card of this kind shows, in the form's order. */
export const cardFieldsOf = (kind: AnnotationKind): CardField[] =>
  CARD_FIELD_NAMES.filter((field) => (CARD_FIELDS[field].kinds as readonly AnnotationKind[]).includes(kind));

/**
 * Why a patch cannot be saved on an annotation of this kind, or null. Only the verdict and the
 * claims an opinion rests on are refused on other kinds; the other fields are only left off their
 * forms (an import may set them, and ClaimReview names a claim's own speaker).
 */
export function wrongKindRefusal(kind: AnnotationKind, patch: Partial<Record<PatchKey, unknown>>): string | null {
  for (const field of CARD_FIELD_NAMES) {
    const spec: CardFieldSpec = CARD_FIELDS[field];
    if ("wrongKind" in spec && patch[patchKeyOf(field)] !== undefined && !spec.kinds.includes(kind)) return spec.wrongKind;
  }
  return null;
}

/** The column fields of a row, in the columns' order (a report's findings keep their key order). */
export function cardColumnsOf(row: CardColumns): CardColumns {
  const columns = {} as Record<ColumnField, unknown>;
  for (const field of COLUMN_FIELDS) columns[field] = row[field];
  return columns as CardColumns;
}

/** The column fields as a Prisma select, for every read that shows a card's fields. */
export const cardColumnSelect = Object.fromEntries(COLUMN_FIELDS.map((field) => [field, true])) as { [F in ColumnField]: true };

/** Each field's label, as a record for lookups. */
export const FIELD_LABELS = Object.fromEntries(CARD_FIELD_NAMES.map((field) => [field, CARD_FIELDS[field].label])) as {
  [F in CardField]: Fields[F]["label"];
};

/** The fields in the form's order, each once, for lists that must read the same every time. */
export const inFormOrder = (fields: Iterable<CardField>) =>
  [...new Set(fields)].sort((a, b) => CARD_FIELD_NAMES.indexOf(a) - CARD_FIELD_NAMES.indexOf(b));

/** A field's name inside a sentence ("changed since: rating, note"). */
export const fieldName = (field: CardField) => CARD_FIELDS[field].label.toLowerCase();

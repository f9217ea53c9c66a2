import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { annotationView } from "@/lib/annotations/annotation-view-fixture";
import {
  CARD_FIELD_NAMES,
  CARD_FIELDS,
  cardColumnSelect,
  cardColumnsOf,
  cardFieldsOf,
  COLUMN_FIELDS,
  FIELD_LABELS,
  fieldName,
  inFormOrder,
  isColumnField,
  PATCH_KEYS,
  wrongKindRefusal,
} from "@/lib/annotations/card-fields";
import { annotationPatchSchema, updateAnnotationSchema } from "@/lib/validation/annotation";

/** The Annotation model's columns and their Prisma types, read from the schema the migrations follow. */
function annotationColumns(): Map<string, string> {
  const schema = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const model = /model Annotation \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? "";
  const columns = new Map<string, string>();
  for (const line of model.split("\n")) {
    const match = /^\s+(\w+)\s+(\w+)(\??)(?:\s|$)/.exec(line);
    if (match) columns.set(match[1]!, `${match[2]}${match[3]}`);
  }
  return columns;
}

describe("the card's field registry", () => {
  it("is the patch schema's keys, each once, the verdict's two parts under one", () => {
    expect(new Set(Object.keys(annotationPatchSchema.shape))).toEqual(new Set(PATCH_KEYS));
    expect(Object.keys(annotationPatchSchema.shape)).toHaveLength(PATCH_KEYS.size);
    expect(Object.keys(updateAnnotationSchema.shape.base.unwrap().shape)).toEqual(Object.keys(annotationPatchSchema.shape));
    expect(CARD_FIELD_NAMES.filter((field) => CARD_FIELDS[field].type === "verdict")).toEqual(["rating", "rationale"]);
  });

  it("keeps the patch schema's key order, so the first message of a save with several problems stays the same", () => {
    expect(Object.keys(annotationPatchSchema.shape)).toEqual([
      "claimText",
      "speaker",
      "quoteCheck",
      "quoteOrigin",
      "holder",
      "note",
      "verdict",
      "restsOnIds",
    ]);
  });

  it("writes only real columns of the annotation, each cast to the column's own type", () => {
    const columns = annotationColumns();
    expect(columns.get("claimText")).toBe("String?");
    for (const field of COLUMN_FIELDS) {
      const spec = CARD_FIELDS[field];
      const type = columns.get(field);
      expect(type, field).toBeDefined();
      // Every card field may be empty: a new card has none of them.
      expect(type!.endsWith("?"), field).toBe(true);
      expect(spec.column, field).toBe(spec.type === "text" ? "text" : `"${type!.slice(0, -1)}"`);
      if (spec.type === "text") expect(type).toBe("String?");
    }
  });

  it("lists the columns in the order they have in the model", () => {
    const order = [...annotationColumns().keys()];
    expect([...COLUMN_FIELDS]).toEqual([...COLUMN_FIELDS].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(Object.keys(cardColumnSelect)).toEqual([...COLUMN_FIELDS]);
  });

  it("tells a column field from the rest", () => {
    expect(COLUMN_FIELDS).toEqual(["claimText", "speaker", "quoteCheck", "quoteOrigin", "holder", "note"]);
    expect(isColumnField("quoteCheck")).toBe(true);
    expect(isColumnField("rating")).toBe(false);
    expect(isColumnField("restsOnIds")).toBe(false);
    expect(isColumnField("toString")).toBe(false);
  });

  it("gives every field its own label, in the form's order", () => {
    const labels = CARD_FIELD_NAMES.map((field) => FIELD_LABELS[field]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual([
      "Checkable claim",
      "Rating",
      "Rationale",
      "Speaker",
      "Quote check",
      "Original source of the quote",
      "Opinion holder",
      "Rests on claims",
      "Note",
    ]);
    expect(inFormOrder(["note", "rating", "claimText", "note"])).toEqual(["claimText", "rating", "note"]);
    expect(fieldName("quoteOrigin")).toBe("original source of the quote");
  });

  it("shows each kind its own fields, the note on every card", () => {
    expect(cardFieldsOf("CLAIM")).toEqual(["claimText", "rating", "rationale", "note"]);
    expect(cardFieldsOf("QUOTE")).toEqual(["speaker", "quoteCheck", "quoteOrigin", "note"]);
    expect(cardFieldsOf("OPINION")).toEqual(["holder", "restsOnIds", "note"]);
  });

  it("keeps the limits the card has always had", () => {
    const limits = Object.fromEntries(
      COLUMN_FIELDS.map((field) => [field, "maxLength" in CARD_FIELDS[field] ? CARD_FIELDS[field].maxLength : null]),
    );
    expect(limits).toEqual({ claimText: 1000, speaker: 200, quoteCheck: null, quoteOrigin: 1000, holder: 200, note: 5000 });
    expect(CARD_FIELDS.restsOnIds.maxItems).toBe(50);
  });

  it("limits each text field as its entry says, in its own words", () => {
    for (const field of COLUMN_FIELDS) {
      const spec = CARD_FIELDS[field];
      if (spec.type !== "text") continue;
      expect(annotationPatchSchema.safeParse({ [field]: "x".repeat(spec.maxLength) }).success, field).toBe(true);
      const tooLong = annotationPatchSchema.safeParse({ [field]: "x".repeat(spec.maxLength + 1) });
      expect(tooLong.error?.issues[0]?.message).toBe(`${spec.subject} can be at most ${spec.maxLength.toLocaleString("en")} characters.`);
    }
    const claims = Array.from({ length: CARD_FIELDS.restsOnIds.maxItems + 1 }, (_, i) => `c${i}`);
    expect(annotationPatchSchema.safeParse({ restsOnIds: claims }).error?.issues[0]?.message).toBe(CARD_FIELDS.restsOnIds.tooMany);
    expect(annotationPatchSchema.safeParse({ quoteCheck: "MAYBE" }).error?.issues[0]?.message).toBe(CARD_FIELDS.quoteCheck.message);
  });

  it("refuses a verdict off a claim and claims to rest on off an opinion, and nothing else by kind", () => {
    expect(wrongKindRefusal("QUOTE", { verdict: null })).toBe("Only claims carry a verdict.");
    expect(wrongKindRefusal("CLAIM", { restsOnIds: [] })).toBe("Only opinions rest on claims.");
    expect(wrongKindRefusal("QUOTE", { restsOnIds: [], verdict: { rating: "FALSE" } })).toBe("Only claims carry a verdict.");
    expect(wrongKindRefusal("CLAIM", { verdict: { rating: "FALSE" }, speaker: "Ann", holder: "Bo" })).toBeNull();
    expect(wrongKindRefusal("OPINION", { restsOnIds: ["c1"], verdict: undefined })).toBeNull();
  });

  it("projects a row's column fields in the columns' order and nothing else", () => {
    const view = annotationView({ speaker: "Ann", quoteCheck: "VERIFIED" });
    const columns = cardColumnsOf(view);
    expect(Object.keys(columns)).toEqual([...COLUMN_FIELDS]);
    expect(columns).toEqual({ claimText: "Hello", speaker: "Ann", quoteCheck: "VERIFIED", quoteOrigin: null, holder: null, note: null });
  });
});

// The W3C export against the MUSTs of the Web Annotation Data Model, written as JSON Schemas in
// w3c-model-schemas/ (each rule names its section) and run by ajv, a validator of its own: our
// reader (lib/validation/web-annotation.ts) is lenient on purpose and proves nothing here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { emojiModel, hostileModel, plainModel } from "./test-fixtures";
import { buildWebAnnotations, renderWebAnnotations } from "./web-annotation";
import type { ReportModel } from "./report-model";

const SCHEMAS = path.join(import.meta.dirname, "w3c-model-schemas");
const COLLECTION = "https://factmark.dev/test/w3c-annotation-model/collection.schema.json";

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
for (const file of readdirSync(SCHEMAS).filter((name) => name.endsWith(".schema.json")))
  ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, file), "utf8")));
const validateCollection = ajv.getSchema(COLLECTION)!;

function problems(document: unknown): ErrorObject[] {
  return validateCollection(document) ? [] : [...(validateCollection.errors ?? [])];
}

// The file as another tool reads it, loosely typed so the tests can break it.
type Json = Record<string, unknown>;
type Item = Json & { body: Json[]; target: Json & { selector: Json[] } };
type Collection = Json & { first: Json & { items: Item[] } };

function exported(model: ReportModel): Collection {
  return JSON.parse(renderWebAnnotations(model).toString("utf8"));
}

const item = (file: Collection): Item => file.first.items[0]!;
const selector = (file: Collection, index: number): Json => item(file).target.selector[index]!;

describe("W3C Web Annotation export against the Data Model's MUSTs (ajv)", () => {
  it.each([
    ["every kind of body (hostile text in every field)", hostileModel],
    ["the plain report", plainModel],
    ["emoji before every span", emojiModel],
  ])("%s is valid", (_, model) => {
    const file = exported(model());
    expect(problems(file), ajv.errorsText(validateCollection.errors)).toEqual([]);
  });

  it("had every kind of body to check: the hostile fixture fills every field", () => {
    const bodies = exported(hostileModel()).first.items.flatMap((a) => a.body);
    expect(new Set(bodies.map((b) => b["fm:field"] ?? b.purpose))).toEqual(
      new Set(["tagging", "verdict", "quoteCheck", "claimText", "rationale", "speaker", "quoteOrigin", "holder", "note", "linking"]),
    );
  });

  it("writes each source as a Specific Resource whose source is the link, with purpose linking", () => {
    const claim = buildWebAnnotations(plainModel()).first.items[0]!;
    expect(claim.body.filter((b) => b.purpose === "linking")).toEqual([
      expect.objectContaining({ type: "SpecificResource", source: "https://www.ons.gov.uk/labour", "fm:stance": "SUPPORTS" }),
      expect.objectContaining({ type: "SpecificResource", source: "https://example.org/b", "fm:stance": "CONTEXT" }),
    ]);
  });

  // The schemas bite: each breach of a MUST below is refused, at the place it was made.
  const breaches: [string, (file: Collection) => void, string][] = [
    [
      "a source written the old way, as an External Web Resource carrying purpose (§3.3.5)",
      (file) => {
        const body = item(file).body;
        const at = body.findIndex((b) => b.purpose === "linking");
        body[at] = { id: "https://www.ons.gov.uk/labour", type: "Text", purpose: "linking", "fm:stance": "SUPPORTS" };
      },
      "/first/items/0/body/",
    ],
    ["a TextPositionSelector starting before the text (§4.2.5)", (file) => void (selector(file, 1).start = -1), "/first/items/0/target"],
    ["a TextPositionSelector ending at 2.5 (§4.2.5)", (file) => void (selector(file, 1).end = 2.5), "/first/items/0/target"],
    ["a TextPositionSelector without end (§4.2.5)", (file) => void delete selector(file, 1).end, "/first/items/0/target"],
    ["a TextQuoteSelector without exact (§4.2.4)", (file) => void delete selector(file, 0).exact, "/first/items/0/target"],
    ["an annotation without target (§3.1)", (file) => void delete (item(file) as Json).target, "/first/items/0"],
    ["an annotation whose id is not an IRI (§3.1)", (file) => void (item(file).id = "annotation 1"), "/first/items/0/id"],
    ["an annotation not typed Annotation (§3.1)", (file) => void (item(file).type = "Note"), "/first/items/0/type"],
    [
      "a motivation outside the model's list that is no IRI (§3.3.5)",
      (file) => void (item(file).motivation = "flagging"),
      "/first/items/0/motivation",
    ],
    ["a body purpose outside the list (§3.3.5)", (file) => void (item(file).body[0]!.purpose = "labelling"), "/first/items/0/body"],
    ["a TextualBody without value (§3.2.4)", (file) => void delete item(file).body[0]!.value, "/first/items/0/body"],
    ["a created time not in UTC (§3.3.1)", (file) => void (item(file).created = "2026-11-01T10:00:00+01:00"), "/first/items/0/created"],
    [
      "a Specific Resource with two sources (§4)",
      (file) => void (item(file).target.source = ["urn:a:1", "urn:a:2"]),
      "/first/items/0/target",
    ],
    ["a textDirection of 'up' (§3.2.1)", (file) => void (item(file).body[0]!.textDirection = "up"), "/first/items/0/body"],
    ["body and bodyValue together (§3.2.5)", (file) => void (item(file).bodyValue = "A comment"), "/first/items/0"],
    ["a @context without anno.jsonld (§5.1)", (file) => void (file["@context"] = ["https://schema.org/"]), "/@context"],
    ["a single @context inside an array (§3.1)", (file) => void (file["@context"] = ["http://www.w3.org/ns/anno.jsonld"]), "/@context"],
    ["a negative total (§5.1)", (file) => void (file.total = -1), "/total"],
    ["a page without items (§5.2)", (file) => void delete (file.first as Json).items, "/first"],
  ];

  it.each(breaches)("refuses %s", (_, breach, where) => {
    const file = exported(plainModel());
    expect(problems(file)).toEqual([]);
    breach(file);
    const found = problems(file);
    expect(found.length, "the breach was accepted").toBeGreaterThan(0);
    expect(
      found.map((e) => e.instancePath).some((p) => p.startsWith(where)),
      ajv.errorsText(found),
    ).toBe(true);
  });
});

import { z } from "zod";

// A W3C Web Annotation upload: a collection (ours or another tool's), a page, a list or a single
// annotation. Only what the import uses is read; bodies and selectors of other kinds are allowed
// and ignored. Limits keep one upload to what one article can hold.
export const MAX_IMPORTED_ANNOTATIONS = 5000;

export const textQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1, "A TextQuoteSelector has an empty `exact`.").max(10_000),
  prefix: z.string().max(1000).default(""),
  suffix: z.string().max(1000).default(""),
});
export const textPositionSelectorSchema = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});
const otherSelector = z.looseObject({ type: z.string() });
const selector = z.union([textQuoteSelectorSchema, textPositionSelectorSchema, otherSelector]);

const body = z.looseObject({
  id: z.string().max(2000).optional(),
  // A SpecificResource's link: an IRI, or the resource with its id.
  source: z.union([z.string().max(2000), z.looseObject({ id: z.string().max(2000).optional() })]).optional(),
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().max(20_000).optional(),
  "fm:field": z.string().optional(),
  "fm:code": z.string().optional(),
  "fm:stance": z.string().optional(),
  "fm:title": z.string().optional(),
  "fm:publisher": z.string().optional(),
  "fm:accessedOn": z.string().optional(),
  "fm:publishedOn": z.string().optional(),
  "fm:archiveUrl": z.string().optional(),
  "fm:excerpt": z.string().optional(),
});
export type ImportedBody = z.infer<typeof body>;

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]));

const annotation = z.looseObject({
  id: z.string().max(500).optional(),
  type: z.union([z.literal("Annotation"), z.array(z.string())]).optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.iso.datetime({ offset: true }).optional(),
  modified: z.iso.datetime({ offset: true }).optional(),
  body: oneOrMany(body).optional(),
  target: oneOrMany(
    z.looseObject({
      source: z.string().optional(),
      selector: oneOrMany(selector).optional(),
    }),
  ),
  "fm:restsOn": z.array(z.string()).optional(),
});
export type ImportedAnnotation = z.infer<typeof annotation>;

const items = z.array(annotation).max(MAX_IMPORTED_ANNOTATIONS, `At most ${MAX_IMPORTED_ANNOTATIONS} annotations per import.`);

/** Whatever shape came in, the list of annotations. */
export const webAnnotationUploadSchema = z
  .union([
    z.looseObject({ type: z.literal("AnnotationCollection"), first: z.looseObject({ items }) }),
    z.looseObject({ type: z.literal("AnnotationPage"), items }),
    items,
    annotation,
  ])
  .transform((upload): ImportedAnnotation[] => {
    if (Array.isArray(upload)) return upload;
    if ("first" in upload && upload.type === "AnnotationCollection") return upload.first.items;
    if ("items" in upload && upload.type === "AnnotationPage") return upload.items;
    return [upload as ImportedAnnotation];
  });

export const importWebAnnotationsSchema = z.object({ articleId: z.string().min(1).max(40), upload: webAnnotationUploadSchema });
export type ImportWebAnnotationsInput = z.infer<typeof importWebAnnotationsSchema>;

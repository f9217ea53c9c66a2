import { z } from "zod";
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, ARTICLE_STATUSES } from "@/lib/enums";
import { defineOperation } from "@/lib/api/v1/define-operation";
import { EXPORT_FORMAT_IDS } from "@/lib/exports/format-names";
import { REPORT_SCHEMA_VERSION } from "@/lib/exports/report-model";
import { exportArticleSchema, exportSelectionSchema } from "@/lib/validation/export";

// Downloads, over the same code as the browser's (lib/server/exports/export-article.ts and
// export-selection.ts): whoever may read an article may export it in every format. The schemas
// below name the top of each JSON format; the formats themselves are documented with their
// renderers (lib/exports/*), and every object stays open to what a minor version adds.

const reportJsonSchema = z
  .looseObject({
    schemaVersion: z.string().meta({ description: `The export schema's version (now ${REPORT_SCHEMA_VERSION}).` }),
    organisation: z.looseObject({ name: z.string(), url: z.string() }),
    article: z.looseObject({ id: z.string(), title: z.string(), revision: z.int(), status: z.enum(ARTICLE_STATUSES), text: z.string() }),
    findings: z.array(z.looseObject({ id: z.string(), kind: z.enum(ANNOTATION_KINDS), status: z.enum(ANNOTATION_STATUSES) })),
    signOff: z.looseObject({ by: z.string(), at: z.string(), revision: z.int() }).nullable(),
    publicUrl: z.string().nullable(),
    asOf: z.string(),
  })
  .meta({ id: "ReportExport", description: "The full report as JSON (format `json`)." });

const claimReviewsSchema = z
  .array(z.looseObject({ "@context": z.literal("https://schema.org"), "@type": z.literal("ClaimReview"), claimReviewed: z.string() }))
  .meta({ id: "ClaimReviewExport", description: "schema.org ClaimReview, one per approved claim with a verdict (format `claimreview`)." });

const webAnnotationsSchema = z
  .looseObject({
    "@context": z.unknown(),
    id: z.string(),
    type: z.literal("AnnotationCollection"),
    total: z.int(),
    first: z.looseObject({ type: z.literal("AnnotationPage"), items: z.array(z.looseObject({ type: z.literal("Annotation") })) }),
  })
  .meta({ id: "WebAnnotationExport", description: "A W3C Web Annotation collection (format `w3c`)." });

export const exportArticle = defineOperation({
  operationId: "exportArticle",
  method: "get",
  path: "/articles/{articleId}/export/{format}",
  scope: "export",
  tag: "Exports",
  summary: "Download an article's report in one format",
  description: `Formats: ${EXPORT_FORMAT_IDS.join(", ")}. The media type follows the format: pdf → application/pdf, json → application/json, csv → text/csv, claimreview and w3c → application/ld+json (w3c with the Web Annotation profile), markdown → text/markdown. Content-Disposition names the file. 404 when the article does not exist or the user may not read it.`,
  params: exportArticleSchema,
  responses: {
    200: {
      description: "The file.",
      content: {
        "application/pdf": z.string().meta({ description: "The PDF report (format `pdf`)." }),
        "application/json": reportJsonSchema,
        "text/csv": z.string().meta({ description: "One row per annotation, with a header row (format `csv`)." }),
        "application/ld+json": z.union([claimReviewsSchema, webAnnotationsSchema]),
        "text/markdown": z.string().meta({ description: "The report as Markdown (format `markdown`)." }),
      },
    },
  },
  problems: [403, 404, 422],
});

export const exportArticles = defineOperation({
  operationId: "exportArticles",
  method: "get",
  path: "/exports",
  scope: "export",
  tag: "Exports",
  summary: "Download a selection of articles as one zip",
  description:
    "`articleIds` is a comma-separated list (at most 500), `format` one of the formats above, `sort` the article list's order of the entries. The zip is streamed one article at a time; X-Export-Articles says how many entries it holds. Unless the user may read every article named, nothing is sent but the 404.",
  query: exportSelectionSchema,
  responses: { 200: { description: "The zip: one file per article.", contentType: "application/zip" } },
  problems: [403, 404, 422],
});

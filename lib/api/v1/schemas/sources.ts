import { z } from "zod";
import type { AnnotationView, SourceView } from "@/lib/annotations/types";
import { ANNOTATION_STATUSES, SOURCE_STANCES } from "@/lib/enums";

// The API's shapes of an annotation's sources. The use cases answer the whole annotation as the
// browser's card gets it; the API answers the source and what the next change needs of its
// annotation (the version to send), so no shape of the annotation is restated here.

export const sourceSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    accessedOn: z.iso.date().nullable(),
    publishedOn: z.iso.date().nullable().meta({ description: "When the source itself was published." }),
    archiveUrl: z.string().nullable(),
    excerpt: z.string().nullable(),
    stance: z.enum(SOURCE_STANCES),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Source", description: "A source cited by an annotation." }) satisfies z.ZodType<SourceView>;

const annotationStateSchema = z
  .object({
    id: z.string(),
    version: z.int().min(1).meta({ description: "The annotation's version after the change: send it with the next one." }),
    status: z.enum(ANNOTATION_STATUSES).meta({ description: "An approved finding whose sources change goes back to review." }),
  })
  .meta({ description: "The source's annotation after the change." });

export const sourceSavedSchema = z.object({ source: sourceSchema, annotation: annotationStateSchema }).meta({ id: "SourceSaved" });
export const sourceRemovedSchema = z.object({ annotation: annotationStateSchema }).meta({ id: "SourceRemoved" });

export type SourceSaved = z.output<typeof sourceSavedSchema>;
export type SourceRemoved = z.output<typeof sourceRemovedSchema>;

type AnnotationState = Pick<AnnotationView, "id" | "version" | "status" | "sources">;

const stateOf = ({ id, version, status }: AnnotationState) => ({ id, version, status });

/** The source just added or changed, found by its id in the annotation the use case answers. */
export function sourceSavedFrom(annotation: AnnotationState, sourceId: string): SourceSaved {
  const source = annotation.sources.find((candidate) => candidate.id === sourceId);
  if (!source) throw new Error(`Source ${sourceId} is not on annotation ${annotation.id} after it was saved.`);
  return { source, annotation: stateOf(annotation) };
}

export function sourceRemovedFrom(annotation: AnnotationState): SourceRemoved {
  return { annotation: stateOf(annotation) };
}

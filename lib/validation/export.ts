import { z } from "zod";
import { EXPORT_FORMAT_IDS, MAX_EXPORT_SELECTION } from "@/lib/exports/format-names";
import { articleListQuerySchema } from "@/lib/validation/article-list";

const format = z.enum(EXPORT_FORMAT_IDS, { message: `Choose a format: ${EXPORT_FORMAT_IDS.join(", ")}.` });

export const exportArticleSchema = z.object({ articleId: z.string().min(1).max(40), format });

/** A selection from the article list: one zip with one file per article, in the list's order for `sort`. */
export const exportSelectionSchema = z.object({
  articleIds: z
    .string()
    .transform((ids) => [...new Set(ids.split(",").filter(Boolean))])
    .pipe(
      z
        .array(z.string().min(1).max(40))
        .min(1, "Select at least one article.")
        .max(MAX_EXPORT_SELECTION, `Export at most ${MAX_EXPORT_SELECTION} articles at once.`),
    ),
  format,
  sort: articleListQuerySchema.shape.sort,
});

export type ExportSelectionInput = z.output<typeof exportSelectionSchema>;

export const publicLinkSchema = z.object({ articleId: z.string().min(1).max(40) });

import { z } from "zod";

/** `?ids=a,b,c` on the live read of changed annotations: at most 200 ids of the usual shape. */
export const annotationIdsQuerySchema = z
  .string()
  .max(200 * 41, "Ask for at most 200 annotations at once.")
  .transform((value) => value.split(",").filter(Boolean))
  .pipe(
    z
      .array(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "An annotation id is letters, digits, - and _ only."))
      .max(200, "Ask for at most 200 annotations at once."),
  );

import { z } from "zod";
import { normaliseHttpUrl } from "@/lib/validation/url";

/**
 * Tiptap JSON for rationales and notes: paragraphs, bullet and ordered lists, hard breaks, text
 * with bold, italic and http(s) links. Anything else is refused rather than silently dropped, so
 * what the reviewer saw is what is stored. Parsing also strips unknown attributes.
 */
export const MAX_RICH_TEXT_CHARS = 20_000;

const link = z.object({
  type: z.literal("link"),
  attrs: z.object({ href: z.string().max(2000) }).transform((attrs, ctx) => {
    const result = normaliseHttpUrl(attrs.href);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: `Link refused: ${result.message}` });
      return z.NEVER;
    }
    return { href: result.url };
  }),
});
const mark = z.discriminatedUnion("type", [z.object({ type: z.literal("bold") }), z.object({ type: z.literal("italic") }), link]);
const text = z.object({ type: z.literal("text"), text: z.string().min(1), marks: z.array(mark).max(3).optional() });
const hardBreak = z.object({ type: z.literal("hardBreak") });
const paragraph = z.object({ type: z.literal("paragraph"), content: z.array(z.discriminatedUnion("type", [text, hardBreak])).optional() });

type Block = z.infer<typeof paragraph> | { type: "bulletList" | "orderedList"; content: { type: "listItem"; content: Block[] }[] };

// Discriminated by `type` so an error names the real problem (a bad link) rather than "Invalid input".
const block: z.ZodType<Block> = z.lazy(() => z.discriminatedUnion("type", [paragraph, bulletList, orderedList]));
const listItem = z.object({ type: z.literal("listItem"), content: z.array(block).min(1) });
const bulletList = z.object({ type: z.literal("bulletList"), content: z.array(listItem).min(1) });
const orderedList = z.object({ type: z.literal("orderedList"), content: z.array(listItem).min(1) });

export const richTextSchema = z
  .object({ type: z.literal("doc"), content: z.array(block).max(500) })
  .refine((doc) => plainText(doc).length <= MAX_RICH_TEXT_CHARS, {
    message: `The text is too long (${MAX_RICH_TEXT_CHARS.toLocaleString("en")} characters at most).`,
  });
export type RichText = z.infer<typeof richTextSchema>;

export function plainText(node: unknown): string {
  if (!node || typeof node !== "object") return "";
  const n = node as { type?: string; text?: string; content?: unknown[] };
  if (n.type === "text") return n.text ?? "";
  if (n.type === "hardBreak") return "\n";
  const inner = (n.content ?? []).map(plainText);
  return n.type === "doc" || n.type?.endsWith("List") || n.type === "listItem" ? inner.join("\n") : inner.join("");
}

import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { offsetToPosition } from "@/lib/editor/text-document";

export type Highlight = {
  id: string;
  kind: string;
  start: number;
  end: number;
  status?: string;
  verdict?: string | null;
  isPending?: boolean;
  /** A create that failed on the way and waits to be retried. */
  isFailed?: boolean;
  isSelected?: boolean;
};

function highlightClasses(h: Highlight) {
  const classes = ["hl", `hl-${h.kind.toLowerCase()}`, highlightClass(h.id)];
  if (h.status) classes.push(`hl-status-${h.status.toLowerCase()}`);
  if (h.verdict) classes.push(`hl-verdict-${h.verdict.toLowerCase()}`);
  if (h.isPending) classes.push("hl-pending");
  if (h.isFailed) classes.push("hl-failed");
  if (h.isSelected) classes.push("hl-selected");
  return classes.join(" ");
}

export function highlightClass(annotationId: string) {
  return `hl-id-${annotationId}`;
}

/** The annotations drawn on an element (several where spans overlap). */
export function annotationIdsAt(element: Element): string[] {
  return [...element.classList].filter((c) => c.startsWith("hl-id-")).map((c) => c.slice("hl-id-".length));
}

export const highlightsKey = new PluginKey<DecorationSet>("annotationHighlights");

// Highlights are decorations, not marks: annotations stay data beside the text, overlapping
// spans simply nest, and the document itself never changes.
function buildDecorations(doc: Parameters<typeof DecorationSet.create>[0], highlights: Highlight[]) {
  const size = doc.content.size;
  return DecorationSet.create(
    doc,
    highlights
      .filter((h) => offsetToPosition(h.end) <= size && h.start < h.end)
      .map((h) =>
        Decoration.inline(
          offsetToPosition(h.start),
          offsetToPosition(h.end),
          // Only classes: where spans overlap ProseMirror merges the wrappers into one element,
          // joining classes but letting other attributes overwrite each other.
          { class: highlightClasses(h) },
          { id: h.id },
        ),
      ),
  );
}

export const AnnotationHighlights = Extension.create({
  name: "annotationHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const highlights = tr.getMeta(highlightsKey) as Highlight[] | undefined;
            return highlights ? buildDecorations(tr.doc, highlights) : set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => highlightsKey.getState(state),
        },
      }),
    ];
  },
});

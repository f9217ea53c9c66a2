"use client";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { keyFor } from "@/lib/editor/keymap";
import type { AnnotationKind } from "@/lib/enums";

export type ToolbarPlacement = { top: number; left: number };

const CHOICES = [
  { kind: "CLAIM", label: "Claim", key: keyFor("tagClaim") },
  { kind: "QUOTE", label: "Quote", key: keyFor("tagQuote") },
  { kind: "OPINION", label: "Opinion", key: keyFor("tagOpinion") },
] satisfies { kind: AnnotationKind; label: string; key: string }[];

export function SelectionToolbar({ placement, onChoose }: { placement: ToolbarPlacement; onChoose: (kind: AnnotationKind) => void }) {
  useShortcuts({
    tagClaim: () => onChoose("CLAIM"),
    tagQuote: () => onChoose("QUOTE"),
    tagOpinion: () => onChoose("OPINION"),
  });

  return (
    <div
      role="toolbar"
      aria-label="Tag the selected text"
      className="selection-toolbar"
      style={{ position: "absolute", top: placement.top - 44, left: placement.left }}
      // Keep the text selection alive while the pointer is on the toolbar.
      onMouseDown={(event) => event.preventDefault()}
    >
      {CHOICES.map((choice) => (
        <button
          key={choice.kind}
          type="button"
          className={`tag tag-${choice.kind.toLowerCase()}`}
          onClick={() => onChoose(choice.kind)}
          aria-keyshortcuts={choice.key.toUpperCase()}
        >
          {choice.label} <kbd>{choice.key.toUpperCase()}</kbd>
        </button>
      ))}
    </div>
  );
}

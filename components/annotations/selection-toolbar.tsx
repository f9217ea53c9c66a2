"use client";
import { useEffect } from "react";
import type { AnnotationKind } from "@/lib/enums";

export type ToolbarPlacement = { top: number; left: number };

const CHOICES: { kind: AnnotationKind; label: string; key: string }[] = [
  { kind: "CLAIM", label: "Claim", key: "c" },
  { kind: "QUOTE", label: "Quote", key: "q" },
  { kind: "OPINION", label: "Opinion", key: "o" },
];

export function SelectionToolbar({ placement, onChoose }: { placement: ToolbarPlacement; onChoose: (kind: AnnotationKind) => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const choice = CHOICES.find((c) => c.key === event.key.toLowerCase());
      if (choice) {
        event.preventDefault();
        onChoose(choice.kind);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onChoose]);

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

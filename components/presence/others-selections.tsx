"use client";
import { useEffect, useState, type RefObject } from "react";
import type { Editor } from "@tiptap/react";
import { uniquePeople, useOthersPresent } from "@/components/presence/presence-context";
import { offsetToPosition } from "@/lib/editor/text-document";

type Box = { key: string; name: string; hue: number; top: number; left: number; width: number; height: number };

/** A stable hue per person, so everyone sees the same colour for them. */
export function hueOf(userId: string): number {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/**
 * Other people's text selections, drawn faintly in their colour over the reader. Boxes in a layer
 * of their own rather than decorations in the text: redrawing decorations while someone else
 * selects would redraw the text under this reader's pointer and could drop their own selection.
 */
export function OthersSelections({
  editorRef,
  readerRef,
}: {
  editorRef: RefObject<Editor | null>;
  readerRef: RefObject<HTMLDivElement | null>;
}) {
  const others = uniquePeople(useOthersPresent().filter((v) => v.selection));
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [size, setSize] = useState(0);

  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);

  const signature = others.map((o) => `${o.userId}:${o.selection!.start}-${o.selection!.end}`).join(",");
  useEffect(() => {
    const view = editorRef.current?.view;
    const reader = readerRef.current;
    const frame = requestAnimationFrame(() => {
      if (!view || !reader) return setBoxes([]);
      const origin = reader.getBoundingClientRect();
      const size = view.state.doc.content.size;
      const next: Box[] = [];
      for (const person of others) {
        const { start, end } = person.selection!;
        const from = offsetToPosition(start);
        const to = offsetToPosition(end);
        if (to > size) continue;
        const range = document.createRange();
        try {
          const a = view.domAtPos(from);
          const b = view.domAtPos(to);
          range.setStart(a.node, a.offset);
          range.setEnd(b.node, b.offset);
        } catch {
          continue;
        }
        for (const [index, rect] of [...range.getClientRects()].entries()) {
          if (rect.width < 1) continue;
          next.push({
            key: `${person.userId}-${index}`,
            name: person.name,
            hue: hueOf(person.userId),
            top: rect.top - origin.top,
            left: rect.left - origin.left,
            width: rect.width,
            height: rect.height,
          });
        }
      }
      setBoxes(next);
    });
    return () => cancelAnimationFrame(frame);
    // `signature` stands for `others`' selections; `size` for a new layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, size, editorRef, readerRef]);

  return (
    <div className="others-selections" aria-hidden="true">
      {boxes.map((box) => (
        <span
          key={box.key}
          className="others-selection"
          data-name={box.name}
          style={{ top: box.top, left: box.left, width: box.width, height: box.height, background: `hsl(${box.hue} 80% 55% / 0.22)` }}
        />
      ))}
    </div>
  );
}

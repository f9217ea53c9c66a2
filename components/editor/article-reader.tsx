"use client";
import { useCspNonce } from "@/components/security/csp-nonce";
import { useEffect, useMemo } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import HardBreak from "@tiptap/extension-hard-break";
import { textToDocument } from "@/lib/editor/text-document";
import { AnnotationHighlights, highlightsKey, type Highlight } from "@/components/editor/annotation-highlights";
import { ReadOnlyCaret } from "@/components/editor/read-only-caret";

type ArticleReaderProps = {
  text: string;
  highlights: Highlight[];
  onReady?: (editor: Editor) => void;
};

/** The canonical text, read-only, with annotation highlights drawn over it. */
export function ArticleReader({ text, highlights, onReady }: ArticleReaderProps) {
  const content = useMemo(() => textToDocument(text), [text]);
  const nonce = useCspNonce();
  const editor = useEditor({
    extensions: [Document, Paragraph, Text, HardBreak, AnnotationHighlights, ReadOnlyCaret],
    content,
    editable: true,
    immediatelyRender: false,
    injectNonce: nonce,
    editorProps: {
      attributes: {
        class: "article-text",
        "aria-label": "Article text",
        "aria-readonly": "true",
        role: "textbox",
        "aria-multiline": "true",
        spellcheck: "false",
        inputmode: "none",
      },
    },
  });

  useEffect(() => {
    if (editor && onReady) onReady(editor);
  }, [editor, onReady]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, highlights));
  }, [editor, highlights]);

  return <EditorContent editor={editor} />;
}

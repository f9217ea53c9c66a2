"use client";
import { useCspNonce } from "@/components/security/csp-nonce";
import { useId } from "react";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import type { RichText } from "@/lib/validation/rich-text";

const EMPTY: RichText = { type: "doc", content: [{ type: "paragraph" }] };

// Only what the server's rich-text schema accepts: paragraphs, lists, bold, italic, links.
const extensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: { openOnClick: false, autolink: true, protocols: ["http", "https"], defaultProtocol: "https" },
  }),
];

type RationaleEditorProps = { label: string; value: RichText | null; onChange: (value: RichText) => void; isReadOnly?: boolean };

export function RationaleEditor({ label, value, onChange, isReadOnly = false }: RationaleEditorProps) {
  const nonce = useCspNonce();
  const labelId = useId();
  const editor = useEditor({
    extensions,
    content: value ?? EMPTY,
    editable: !isReadOnly,
    immediatelyRender: false,
    injectNonce: nonce,
    // Named by the label on screen, editable or not (read-only after sign-off, it is the only name shown).
    editorProps: {
      attributes: {
        class: "rich-text",
        "aria-labelledby": labelId,
        role: "textbox",
        "aria-multiline": "true",
        "aria-readonly": String(isReadOnly),
      },
    },
    onUpdate: ({ editor }) => onChange(editor.getJSON() as RichText),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor }) => ({
      bold: editor?.isActive("bold") ?? false,
      italic: editor?.isActive("italic") ?? false,
      link: editor?.isActive("link") ?? false,
      bulletList: editor?.isActive("bulletList") ?? false,
      orderedList: editor?.isActive("orderedList") ?? false,
    }),
  });

  function toggleLink() {
    if (!editor) return;
    if (editor.isActive("link")) {
      editor.chain().focus().unsetLink().run();
      return;
    }
    const href = window.prompt("Link address (http or https)");
    if (href && /^https?:\/\//i.test(href.trim())) editor.chain().focus().setLink({ href: href.trim() }).run();
  }

  return (
    <div className="rich-text-labelled">
      <span id={labelId} className="rich-text-label">
        {label}
      </span>
      <div className="rich-text-field">
        {!isReadOnly && (
          <div role="toolbar" aria-label={`${label} formatting`} className="rich-toolbar">
            <button
              type="button"
              aria-pressed={active?.bold}
              onClick={() => editor?.chain().focus().toggleBold().run()}
              title="Bold (Ctrl+B)"
            >
              <b>B</b>
            </button>
            <button
              type="button"
              aria-pressed={active?.italic}
              onClick={() => editor?.chain().focus().toggleItalic().run()}
              title="Italic (Ctrl+I)"
            >
              <i>I</i>
            </button>
            <button type="button" aria-pressed={active?.link} onClick={toggleLink} title="Link">
              Link
            </button>
            <button
              type="button"
              aria-pressed={active?.bulletList}
              onClick={() => editor?.chain().focus().toggleBulletList().run()}
              title="Bulleted list"
            >
              • List
            </button>
            <button
              type="button"
              aria-pressed={active?.orderedList}
              onClick={() => editor?.chain().focus().toggleOrderedList().run()}
              title="Numbered list"
            >
              1. List
            </button>
          </div>
        )}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

import { Extension } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";

/**
 * The article view is technically editable so that a caret exists and reviewers can select with
 * shift+arrows, but nothing may change the text: typing, deleting, pasting, dropping and any
 * document-changing transaction are all refused.
 */
export const ReadOnlyCaret = Extension.create({
  name: "readOnlyCaret",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        filterTransaction: (tr) => !tr.docChanged || tr.getMeta("allowDocChange") === true,
        props: {
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
          handlePaste: () => true,
          handleDrop: () => true,
          handleKeyDown: (_view, event) => event.key === "Enter" || event.key === "Backspace" || event.key === "Delete",
        },
      }),
    ];
  },
});

// The workbench's keyboard shortcuts: one table from keys to named commands, one guard, and the
// handlers the components on screen register for them (components/ui/use-shortcuts.ts listens).
// Pure: a key press is described by plain fields, so the rules are tested without a browser.

export type KeyCommand =
  | "nextAnnotation"
  | "previousAnnotation"
  | "closeCard"
  | "deleteAnnotation"
  | "tagClaim"
  | "tagQuote"
  | "tagOpinion"
  | "approve"
  | "requestChanges";

type KeyBinding = {
  /** `KeyboardEvent.key`, lower case for letters. */
  key: string;
  command: KeyCommand;
  /** Shift+letter counts too. */
  ignoresCase?: boolean;
  /** Also while the focus is in a field. */
  worksWhileTyping?: boolean;
};

export const KEYMAP: readonly KeyBinding[] = [
  { key: "j", command: "nextAnnotation" },
  { key: "k", command: "previousAnnotation" },
  { key: "Escape", command: "closeCard" },
  { key: "Delete", command: "deleteAnnotation" },
  // The tag toolbar exists only while text in the reader is selected (which moving the focus into
  // a field ends), and its keys have always worked in either case.
  { key: "c", command: "tagClaim", ignoresCase: true, worksWhileTyping: true },
  { key: "q", command: "tagQuote", ignoresCase: true, worksWhileTyping: true },
  { key: "o", command: "tagOpinion", ignoresCase: true, worksWhileTyping: true },
  // a and r, as in review tools.
  { key: "a", command: "approve" },
  { key: "r", command: "requestChanges" },
];

/** The key a command is bound to, for the buttons' labels and aria-keyshortcuts. */
export function keyFor(command: KeyCommand): string {
  const binding = KEYMAP.find((b) => b.command === command);
  if (!binding) throw new Error(`No key is bound to ${command}.`);
  return binding.key;
}

/** What the guard needs to know of the element a key was pressed in (an HTMLElement has it). */
export type KeyTarget = { tagName: string; isContentEditable: boolean; closest(selector: string): unknown };

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Part of an IME composition: the key is building a character, not giving a command. */
  isComposing: boolean;
  /** Null when the key was not pressed in an element (the window, the document). */
  target: KeyTarget | null;
};

/** In a form field or an editable text, except the article reader, whose text is only selected. */
export function isTyping(target: KeyTarget | null): boolean {
  if (!target || target.closest(".article-text")) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The command a key press gives, if any: never with Ctrl, Cmd or Alt (the browser's and the system's keys). */
export function commandFor(press: KeyPress): KeyCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return null;
  const binding = KEYMAP.find((b) => b.key === (b.ignoresCase ? press.key.toLowerCase() : press.key));
  if (!binding) return null;
  if (!binding.worksWhileTyping && isTyping(press.target)) return null;
  return binding.command;
}

/** A handler answers false when the command does not apply now (the key then does what it would anyway). */
export type KeyHandler = () => boolean | void;
export type KeyHandlers = Partial<Record<KeyCommand, KeyHandler>>;

/**
 * The handlers of the components on screen. Each registers a getter, so it can hand in new
 * handlers on every render without registering again.
 */
export function createKeyDispatcher() {
  const registered = new Set<() => KeyHandlers>();
  return {
    /** Answers the unregister function. */
    register(handlers: () => KeyHandlers): () => void {
      const entry = () => handlers();
      registered.add(entry);
      return () => registered.delete(entry);
    },
    get size() {
      return registered.size;
    },
    /** Runs every handler of the press's command; true when one of them took it (the caller then prevents the default). */
    dispatch(press: KeyPress): boolean {
      const command = commandFor(press);
      if (!command) return false;
      let isHandled = false;
      for (const handlers of [...registered]) {
        const handler = handlers()[command];
        if (handler && handler() !== false) isHandled = true;
      }
      return isHandled;
    },
  };
}

export type KeyDispatcher = ReturnType<typeof createKeyDispatcher>;

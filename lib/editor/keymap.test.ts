import { describe, expect, it } from "vitest";
import { commandFor, createKeyDispatcher, isTyping, keyFor, KEYMAP, type KeyPress, type KeyTarget } from "@/lib/editor/keymap";

const element = (tagName: string, { isContentEditable = false, inReader = false } = {}): KeyTarget => ({
  tagName,
  isContentEditable,
  closest: (selector) => (inReader && selector === ".article-text" ? {} : null),
});

const press = (key: string, fields: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  target: element("BODY"),
  ...fields,
});

const textarea = element("TEXTAREA");

describe("commandFor", () => {
  it("names each shortcut's command", () => {
    expect(["j", "k", "Escape", "Delete", "c", "q", "o", "a", "r"].map((key) => commandFor(press(key)))).toEqual([
      "nextAnnotation",
      "previousAnnotation",
      "closeCard",
      "deleteAnnotation",
      "tagClaim",
      "tagQuote",
      "tagOpinion",
      "approve",
      "requestChanges",
    ]);
    expect(commandFor(press("x"))).toBeNull();
  });

  it("takes no key held with Ctrl, Cmd or Alt, nor one that is part of an IME composition", () => {
    for (const modifier of ["ctrlKey", "metaKey", "altKey", "isComposing"] as const) {
      expect(commandFor(press("j", { [modifier]: true }))).toBeNull();
      expect(commandFor(press("c", { [modifier]: true }))).toBeNull();
    }
  });

  it("takes Shift+letter for the tag keys only", () => {
    expect(["C", "Q", "O"].map((key) => commandFor(press(key)))).toEqual(["tagClaim", "tagQuote", "tagOpinion"]);
    expect(["J", "K", "A", "R"].map((key) => commandFor(press(key)))).toEqual([null, null, null, null]);
  });

  it("leaves keys typed in a field to the field, except the tag keys", () => {
    for (const key of ["j", "k", "Escape", "Delete", "a", "r"]) expect(commandFor(press(key, { target: textarea }))).toBeNull();
    expect(commandFor(press("c", { target: textarea }))).toBe("tagClaim");
  });

  it("works when the key was not pressed in an element", () => {
    expect(commandFor(press("a", { target: null }))).toBe("approve");
  });
});

describe("isTyping", () => {
  it("is true in inputs, text areas, selects and editable text", () => {
    for (const tag of ["INPUT", "TEXTAREA", "SELECT"]) expect(isTyping(element(tag))).toBe(true);
    expect(isTyping(element("DIV", { isContentEditable: true }))).toBe(true);
  });

  it("is false elsewhere, and in the article reader, whose text is only selected", () => {
    expect(isTyping(element("BUTTON"))).toBe(false);
    expect(isTyping(element("DIV", { isContentEditable: true, inReader: true }))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});

describe("keyFor", () => {
  it("answers the bound key, one binding per command", () => {
    expect(keyFor("approve")).toBe("a");
    expect(keyFor("closeCard")).toBe("Escape");
    expect(new Set(KEYMAP.map((b) => b.command)).size).toBe(KEYMAP.length);
    expect(new Set(KEYMAP.map((b) => b.key.toLowerCase())).size).toBe(KEYMAP.length);
  });
});

describe("createKeyDispatcher", () => {
  it("runs the registered handler of the command and says it was taken", () => {
    const dispatcher = createKeyDispatcher();
    const calls: string[] = [];
    dispatcher.register(() => ({ nextAnnotation: () => void calls.push("next") }));
    expect(dispatcher.dispatch(press("j"))).toBe(true);
    expect(dispatcher.dispatch(press("k"))).toBe(false);
    expect(dispatcher.dispatch(press("j", { target: textarea }))).toBe(false);
    expect(calls).toEqual(["next"]);
  });

  it("is not taken when the handler answers that the command does not apply now", () => {
    const dispatcher = createKeyDispatcher();
    dispatcher.register(() => ({ approve: () => false }));
    expect(dispatcher.dispatch(press("a"))).toBe(false);
  });

  it("asks each registration for its latest handlers, and forgets one that unregistered", () => {
    const dispatcher = createKeyDispatcher();
    let handlers = { approve: () => false };
    const unregister = dispatcher.register(() => handlers);
    dispatcher.register(() => ({ tagClaim: () => {} }));
    expect(dispatcher.dispatch(press("a"))).toBe(false);
    handlers = { approve: () => true };
    expect(dispatcher.dispatch(press("a"))).toBe(true);
    expect(dispatcher.size).toBe(2);
    unregister();
    expect(dispatcher.size).toBe(1);
    expect(dispatcher.dispatch(press("a"))).toBe(false);
    expect(dispatcher.dispatch(press("c"))).toBe(true);
  });
});

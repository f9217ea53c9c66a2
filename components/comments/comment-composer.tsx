"use client";
import { useId, useRef, useState } from "react";
import { mentionedIn, type MentionedPerson } from "@/lib/comments/comment-text";
import { insertMention, matchPeople, mentionQueryAt, type MentionQuery } from "@/lib/comments/mention-query";
import { MAX_COMMENT_LENGTH } from "@/lib/validation/comment";

type ComposerProps = {
  label: string;
  submitLabel: string;
  people: MentionedPerson[];
  initialText?: string;
  /** Answers an error message to show (what was typed stays), or null when it was posted. */
  onSubmit: (body: string, mentionIds: string[], requestId: string) => Promise<string | null>;
  onCancel?: () => void;
};

/**
 * A plain-text box with @mention autocomplete. The textarea keeps its own role and points at the
 * list of people with aria-controls and aria-activedescendant (ARIA 1.2's textbox with
 * aria-autocomplete="list"), so arrows move through the list while the caret stays in the text.
 */
export function CommentComposer({ label, submitLabel, people, initialText = "", onSubmit, onCancel }: ComposerProps) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  // One id per post: a retry after a failure on the way is the same post, never a twin.
  const requestId = useRef<string | null>(null);
  const matches = query ? matchPeople(people, query.query) : [];
  const isOpen = matches.length > 0;
  const listId = `${id}-people`;

  function track(value: string, caret: number) {
    setText(value);
    const next = mentionQueryAt(value, caret);
    setQuery(next);
    if (next?.query !== query?.query) setActive(0);
  }

  function pick(person: MentionedPerson) {
    const textarea = box.current;
    if (!textarea || !query) return;
    const next = insertMention(text, query, textarea.selectionStart, person);
    setText(next.text);
    setQuery(null);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(next.caret, next.caret);
    });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (isOpen) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setActive((i) => (i + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        pick(matches[Math.min(active, matches.length - 1)]!);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setQuery(null);
        return;
      }
    }
    // Ctrl/Cmd+Enter posts; a plain Enter is a new line.
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
    // Keys typed here are text, never the workbench's shortcuts (j/k, Delete, Esc).
    event.stopPropagation();
  }

  async function submit(event?: React.FormEvent) {
    event?.preventDefault();
    if (isSending) return;
    if (!text.trim()) {
      setError("Write something before posting: an empty comment is not posted.");
      return;
    }
    setIsSending(true);
    requestId.current ??= crypto.randomUUID();
    const problem = await onSubmit(
      text,
      mentionedIn(text, people).map((p) => p.id),
      requestId.current,
    );
    setIsSending(false);
    setError(problem);
    if (problem) return;
    requestId.current = null;
    if (!initialText) setText("");
  }

  return (
    <form className="comment-composer" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        ref={box}
        value={text}
        rows={2}
        maxLength={MAX_COMMENT_LENGTH}
        aria-autocomplete="list"
        aria-controls={isOpen ? listId : undefined}
        aria-activedescendant={isOpen ? `${listId}-${Math.min(active, matches.length - 1)}` : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => track(event.target.value, event.target.selectionStart)}
        onSelect={(event) => setQuery(mentionQueryAt(event.currentTarget.value, event.currentTarget.selectionStart))}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
      />
      {isOpen && (
        <ul id={listId} role="listbox" className="mention-list" aria-label="People to mention">
          {matches.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === Math.min(active, matches.length - 1)}
              onMouseDown={(event) => {
                // Keeps focus (and the caret) in the textarea.
                event.preventDefault();
                pick(person);
              }}
            >
              {person.name}
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only" aria-live="polite">
        {isOpen ? `${matches.length} ${matches.length === 1 ? "person" : "people"} found: arrows to choose, Enter to mention.` : ""}
      </p>
      <p id={`${id}-hint`} className="hint">
        Type @ to mention someone. Links starting with http:// or https:// become clickable.
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-actions">
        <button type="submit" disabled={isSending}>
          {isSending ? "Posting…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

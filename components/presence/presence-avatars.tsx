"use client";
import { uniquePeople, useOthersPresent } from "@/components/presence/presence-context";

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [words[0]?.[0], words[0]?.[1]];
  return letters.filter(Boolean).join("").toUpperCase();
}

/** Who else has the article open: initials, with everyone's name in the tooltip and for screen readers. */
export function PresenceAvatars() {
  const people = uniquePeople(useOthersPresent());
  const names = people.map((p) => p.name).join(", ");
  return (
    <div className="presence-avatars" aria-live="polite" title={people.length ? `Also here: ${names}` : undefined}>
      {people.length > 0 && (
        <>
          <span className="sr-only">Also on this article: {names}</span>
          <ul aria-hidden="true">
            {people.map((person) => (
              <li key={person.userId} className="avatar" title={person.name} data-user-id={person.userId}>
                {initialsOf(person.name)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

"use client";
import { uniquePeople, useOthersPresent } from "@/components/presence/presence-context";

/** "<name> is editing" / "<name> is viewing" on a card others have open. */
export function CardPresence({ annotationId }: { annotationId: string }) {
  const here = uniquePeople(useOthersPresent().filter((v) => v.annotationId === annotationId));
  if (here.length === 0) return null;
  return (
    <ul className="card-presence" aria-label="Also on this card">
      {here.map((person) => (
        <li key={person.userId} className={`presence-${person.activity}`}>
          {person.name} is {person.activity}
        </li>
      ))}
    </ul>
  );
}

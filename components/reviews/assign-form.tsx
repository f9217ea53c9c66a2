"use client";
import { useState } from "react";

type Person = { id: string; name: string };

/** Who checks the article and who reviews it; fills their queues (lib/server/articles/assign-article.ts). */
export function AssignForm(props: {
  people: Person[];
  checkerId: string | null;
  reviewerId: string | null;
  isBusy: boolean;
  onAssign: (next: { checkerId: string | null; reviewerId: string | null }) => void;
}) {
  const [checkerId, setChecker] = useState(props.checkerId ?? "");
  const [reviewerId, setReviewer] = useState(props.reviewerId ?? "");
  const options = (
    <>
      <option value="">Nobody</option>
      {props.people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </>
  );
  return (
    <form
      className="assign-form row"
      onSubmit={(event) => {
        event.preventDefault();
        props.onAssign({ checkerId: checkerId || null, reviewerId: reviewerId || null });
      }}
    >
      <label>
        Checker
        <select value={checkerId} onChange={(e) => setChecker(e.target.value)}>
          {options}
        </select>
      </label>
      <label>
        Reviewer
        <select value={reviewerId} onChange={(e) => setReviewer(e.target.value)}>
          {options}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={props.isBusy}>
        Assign
      </button>
    </form>
  );
}

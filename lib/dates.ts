// Dates cross three boundaries: a form's YYYY-MM-DD, a `@db.Date` column (a Date at UTC midnight)
// and JSON for the browser (ISO strings). Each conversion is written once, here. Pure, so client
// components may import it too.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-03-01" → the Date at UTC midnight that a `@db.Date` column stores; null stays null. */
export function dateFromDateOnly(value: string): Date;
export function dateFromDateOnly(value: string | null | undefined): Date | null;
export function dateFromDateOnly(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = DATE_ONLY.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Validation refuses bad dates at the boundary; reaching here with one is a bug, not user input.
  if (!date || dateOnlyFromDate(date) !== value) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  return date;
}

/** A Date → its UTC calendar day as "YYYY-MM-DD" (what `<input type="date">` shows); null stays null. */
export function dateOnlyFromDate(date: Date): string;
export function dateOnlyFromDate(date: Date | null | undefined): string | null;
export function dateOnlyFromDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** Today's UTC calendar day as "YYYY-MM-DD". */
export function todayDateOnly(now: Date = new Date()): string {
  return dateOnlyFromDate(now);
}

/** A Date → an ISO 8601 timestamp for JSON; null stays null. */
export function isoFromDate(date: Date): string;
export function isoFromDate(date: Date | null | undefined): string | null;
export function isoFromDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

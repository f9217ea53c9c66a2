// What a correction changed, in one line for the report's correction history: the differing middle
// of the two texts after their common start and end, cut to a readable length.

const MAX_SHOWN = 80;

function cut(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

export function describeChange(before: string, after: string): string {
  if (before === after) return "No change to the text.";
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  const removed = before.slice(start, before.length - end);
  const added = after.slice(start, after.length - end);
  if (!removed) return `Added “${cut(added)}”.`;
  if (!added) return `Removed “${cut(removed)}”.`;
  return `Replaced “${cut(removed)}” with “${cut(added)}”.`;
}

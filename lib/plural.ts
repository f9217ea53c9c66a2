/** "1 claim", "2 claims"; `many` for words that do not just take an s ("finding is" / "findings are"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

// The client's address as a trusted proxy saw it, or null. X-Forwarded-For is written by whoever
// sends the request, so only the entries appended by our own proxies (the last `trustedHops`)
// mean anything; without a configured proxy no entry does.
export function clientAddress(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  if (trustedHops < 1 || !forwardedFor) return null;
  const hops = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops.length >= trustedHops ? hops[hops.length - trustedHops]! : null;
}

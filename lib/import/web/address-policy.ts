import { BlockList, isIP } from "node:net";

// Addresses a fetch on a user's behalf must never reach: this machine, the private network
// behind it, link-local (cloud metadata services live at 169.254.169.254 and fd00:ec2::254),
// and ranges that are not routable on the internet.
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128],
  ["64:ff9b::", 96], // NAT64: embeds an IPv4 address, checked on its own below
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (fd00:ec2::254 is here)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const)
  blocked.addSubnet(network, prefix, "ipv6");

/** Whether an IP address (v4 or v6 text) is one a server-side fetch may connect to. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !blocked.check(address, "ipv4");
  const embedded = embeddedIpv4(address);
  if (embedded) return isPublicAddress(embedded);
  return !blocked.check(address, "ipv6");
}

// ::ffff:127.0.0.1, ::127.0.0.1 and 64:ff9b::7f00:1 all reach an IPv4 address.
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/**
 * Hosts named in FACTMARK_FETCH_ALLOW_HOSTS skip the address check: for tests that serve pages on
 * this machine and for desks that reach the web through a proxy on their own network. Entries
 * are host names or IP addresses, optionally with a port ("127.0.0.1:8080"); matching is exact.
 */
export function isAllowedHost(url: URL, allowHosts: readonly string[]): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allowHosts.some((entry) => {
    const allowed = splitHostPort(entry.trim().toLowerCase());
    return allowed.host === host && (allowed.port === undefined || allowed.port === port);
  });
}

// "[::1]:8080" and "host:8080" carry a port; a bare IPv6 address ("::1") does not.
function splitHostPort(entry: string): { host: string; port?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] };
  const parts = entry.split(":");
  return parts.length === 2 ? { host: parts[0]!, port: parts[1] } : { host: entry };
}

import { isIP } from "node:net";
import { isAllowedHost, isPublicAddress } from "@/lib/import/web/address-policy";

/**
 * Why deliveries may not go to this address, or null: a literal private, loopback or link-local
 * address (or a name that is always this machine) is refused when the endpoint is saved, so an
 * admin learns it at once. Names are resolved only when delivering: the worker checks every
 * address it connects to, since DNS can change after saving. FACTMARK_FETCH_ALLOW_HOSTS entries
 * pass, as for import by URL (test receivers on this machine).
 */
export function webhookAddressRefusal(address: string, allowHosts: readonly string[]): string | null {
  const url = new URL(address);
  if (isAllowedHost(url, allowHosts)) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (isIP(host) ? !isPublicAddress(host) : host === "localhost" || host.endsWith(".localhost"))
    return `Webhooks cannot be sent to ${host}: it is a private, local or reserved address. Use the receiver's public address.`;
  return null;
}

// Where to go after signing in. Resolved the way the browser will resolve it (the WHATWG URL
// parser, which reads "\" as "/" and drops tabs and newlines), against a stand-in origin: a
// value that lands anywhere but that origin is an open redirect and is replaced by "/".
const APP_ORIGIN = "http://factmark.invalid";

export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw) return "/";
  let url: URL;
  try {
    url = new URL(raw, APP_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== APP_ORIGIN) return "/";
  // "/.//evil.example" parses to the path "//evil.example", which a browser reads as another host.
  const path = url.pathname.replace(/^\/{2,}/, "/");
  return `${path}${url.search}${url.hash}`;
}

// The page policy. Scripts run only with this response's nonce ('strict-dynamic' lets Next's
// bootstrap load its chunks), so an injected <script> or event handler never runs. Style
// elements need the nonce too; style *attributes* are allowed because React and ProseMirror set
// them and they cannot run code.
export function contentSecurityPolicy(nonce: string, { isDev = false } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's dev build evaluates code for its overlay and stack traces; production never does.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** 128 random bits, base64: unguessable per response, as CSP nonces must be. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

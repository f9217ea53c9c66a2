"use client";
import { createContext, useContext, useState } from "react";

// Tiptap injects its base stylesheet as a <style> element, which the CSP admits only with this
// document's nonce (proxy.ts). The root layout reads the nonce and provides it here.
const CspNonceContext = createContext<string | undefined>(undefined);

export function CspNonceProvider({ nonce, children }: { nonce: string | undefined; children: React.ReactNode }) {
  // The policy that binds is the one the document was loaded with. A server action that
  // revalidates renders the layout again with the action's own nonce, which this document's
  // policy does not know, so the first nonce is kept: in the browser, the one on Next's scripts.
  const [documentNonce] = useState(() =>
    typeof document === "undefined" ? nonce : (document.querySelector("script[nonce]") as HTMLScriptElement | null)?.nonce || nonce,
  );
  return <CspNonceContext.Provider value={documentNonce}>{children}</CspNonceContext.Provider>;
}

export function useCspNonce(): string | undefined {
  return useContext(CspNonceContext);
}

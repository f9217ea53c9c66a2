"use client";
import { createContext, useContext } from "react";

// Tiptap injects its base stylesheet as a <style> element, which the CSP admits only with this
// response's nonce (proxy.ts). The root layout reads the nonce and provides it here.
const CspNonceContext = createContext<string | undefined>(undefined);

export function CspNonceProvider({ nonce, children }: { nonce: string | undefined; children: React.ReactNode }) {
  return <CspNonceContext.Provider value={nonce}>{children}</CspNonceContext.Provider>;
}

export function useCspNonce(): string | undefined {
  return useContext(CspNonceContext);
}

"use client";
import { createContext, useContext, useEffect, useState } from "react";
import { useStore } from "zustand";
import type { AnnotationView } from "@/lib/annotations/types";
import { createAnnotationStore, type AnnotationStore, type WorkbenchStoreState } from "@/components/annotations/store/annotation-store";
import { serverTransport } from "@/components/annotations/store/server-transport";

const StoreContext = createContext<AnnotationStore | null>(null);

type ProviderProps = { articleId: string; articleRevision: number; initial: AnnotationView[]; children: React.ReactNode };

/** One store per open article; it retries what failed on the way when the browser is back online and warns before unsaved edits are left behind. */
export function AnnotationStoreProvider({ articleId, articleRevision, initial, children }: ProviderProps) {
  const [store] = useState(() => createAnnotationStore({ articleId, articleRevision, initial, transport: serverTransport }));
  useEffect(() => {
    const onOnline = () => store.retryAll();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (store.hasUnsavedEdits()) event.preventDefault();
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
      store.dispose();
    };
  }, [store]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAnnotationStore(): AnnotationStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAnnotationStore needs an AnnotationStoreProvider above it.");
  return store;
}

/** Subscribes to one slice of the store; the selector must return stored values, not new objects. */
export function useWorkbench<T>(selector: (state: WorkbenchStoreState) => T): T {
  return useStore(useAnnotationStore().store, selector);
}

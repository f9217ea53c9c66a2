"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

type Selection = {
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setMany: (ids: readonly string[], on: boolean) => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

/** Which articles of the list are ticked for export; the list's rows and the export bar share it. */
export function ExportSelectionProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const setMany = useCallback((ids: readonly string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const value = useMemo<Selection>(
    () => ({ selected, setMany, toggle: (id, on) => setMany([id], on), clear: () => setSelected(new Set()) }),
    [selected, setMany],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useExportSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useExportSelection needs an ExportSelectionProvider around it.");
  return selection;
}

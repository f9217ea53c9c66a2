"use client";
import { useState } from "react";
import type { SourceView } from "@/lib/annotations/types";
import { sourceBaseOf } from "@/lib/annotations/source-merge";
import type { SourceFields } from "@/lib/validation/source";
import { useAnnotationStore } from "@/components/annotations/store/workbench-store-context";
import { SourceForm } from "@/components/annotations/source-form";
import { SourceList } from "@/components/annotations/source-list";

/**
 * A card's sources: the list, and a form to add one or edit one. Each change goes through the
 * card's queue in the store; a refusal is said here, and the form keeps what was typed.
 */
export function CardSources({ annotationId, sources, canEdit }: { annotationId: string; sources: SourceView[]; canEdit: boolean }) {
  const store = useAnnotationStore();
  // The source as its form was opened: the edit's base, so a change someone made to it meanwhile is not overwritten.
  const [editing, setEditing] = useState<SourceView | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function add(source: SourceFields) {
    const result = await store.addSource(annotationId, source);
    return result.ok ? null : result.message;
  }

  async function save(opened: SourceView, source: SourceFields) {
    const result = await store.updateSource(annotationId, opened.id, source, sourceBaseOf(opened));
    if (result.ok) {
      setEditing(null);
      return null;
    }
    // Refused over their change: saving again replaces the version now shown, knowingly.
    const theirs = result.code === "CONFLICT" && result.current?.sources.find((s) => s.id === opened.id);
    if (theirs) setEditing(theirs);
    return result.message;
  }

  async function remove(sourceId: string) {
    const result = await store.removeSource(annotationId, sourceId);
    setError(result.ok ? null : result.message);
  }

  return (
    <section aria-label="Sources" className="sources">
      <h3>Sources</h3>
      <SourceList
        sources={sources}
        onRemove={canEdit ? (sourceId) => void remove(sourceId) : undefined}
        onEdit={canEdit ? (sourceId) => setEditing(sources.find((s) => s.id === sourceId) ?? null) : undefined}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {canEdit && editing ? (
        <SourceForm key={editing.id} source={editing} onSubmit={(source) => save(editing, source)} onCancel={() => setEditing(null)} />
      ) : (
        canEdit && <SourceForm onSubmit={add} />
      )}
    </section>
  );
}

// How the store reaches the server: the server actions it calls, as one object, so the store can
// be driven by anything that answers like them (a test's transport, recording every call). Types
// only here; the real actions are wired in by server-transport.ts.
import type * as annotationActions from "@/lib/actions/annotation-actions";
import type * as reviewActions from "@/lib/actions/review-actions";

export type AnnotationTransport = Pick<
  typeof annotationActions,
  | "createAnnotationAction"
  | "updateAnnotationAction"
  | "deleteAnnotationAction"
  | "restoreAnnotationAction"
  | "submitAnnotationAction"
  | "reattachAnnotationAction"
  | "addSourceAction"
  | "updateSourceAction"
  | "removeSourceAction"
> &
  Pick<typeof reviewActions, "approveAnnotationAction" | "requestChangesAction" | "dismissAnnotationAction" | "reopenAnnotationAction">;

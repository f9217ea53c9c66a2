import type { ActionFailure, ActionResult } from "@/lib/errors";
import { readRefusedRequest } from "@/lib/actions/refused-request";

/**
 * The one way the browser calls a server action. A request that fails on the way (offline, a
 * dropped connection, a 500, an answer the client cannot read) rejects the action's promise;
 * here it becomes an UNAVAILABLE result like any other refusal, so callers keep what the user
 * typed and offer Retry instead of losing it to an unhandled rejection. A body the proxy refused
 * before Next could decode it (nested too deeply, a control character in a file name) is the
 * server's answer in words: an INVALID result with that message, which no retry would change.
 */
export async function callAction<Input, T>(action: (input: Input) => Promise<ActionResult<T>>, input: Input): Promise<ActionResult<T>> {
  try {
    const result = await action(input);
    if (result && typeof result === "object" && typeof result.ok === "boolean") return result;
    return unavailable("The server's answer could not be read.");
  } catch (error) {
    const refusal = readRefusedRequest(error);
    if (refusal) return { ok: false, code: "INVALID", message: refusal };
    return unavailable(isOffline() ? "You are offline." : "The server could not be reached.");
  }
}

export function isUnavailable(result: ActionResult<unknown>): result is ActionFailure & { code: "UNAVAILABLE" } {
  return !result.ok && result.code === "UNAVAILABLE";
}

function unavailable(message: string): ActionFailure {
  return { ok: false, code: "UNAVAILABLE", message };
}

function isOffline() {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

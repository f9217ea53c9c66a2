// The store's timing, apart from the store so the browser tests can move a fake clock by exactly as much.

/** How long a field waits after the last keystroke before it is saved. */
export const AUTOSAVE_DELAY_MS = 700;
/** Retries of a request that failed on the way: soon, then less often (and at once when the browser is back online). */
export const RETRY_DELAYS_MS = [1_000, 3_000, 10_000, 30_000];

import "server-only";
import { existingArticleFeed } from "@/lib/server/live/article-feed";
import { existingUserFeed } from "@/lib/server/live/user-feed";
import { existingPresenceHub } from "@/lib/server/presence/presence-hub";

const holder = globalThis as unknown as { factmarkLiveBus?: { close(): Promise<void> }; factmarkLiveShuttingDown?: boolean };

/**
 * Ends this process's event streams and its LISTEN connection. From then on new streams are
 * refused: a browser whose stream just ended reconnects at once, often over the same keep-alive
 * connection, and a stream opened then would hold `next start`'s graceful shutdown open.
 */
export async function closeLiveStreams(): Promise<void> {
  holder.factmarkLiveShuttingDown = true;
  await existingArticleFeed()?.close();
  existingUserFeed()?.close();
  existingPresenceHub()?.close();
  await holder.factmarkLiveBus?.close();
}

export const isShuttingDown = () => holder.factmarkLiveShuttingDown === true;

/** Closes the streams when the process is told to stop (`next start` then exits without waiting on them). */
export function closeLiveStreamsOnShutdown(): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void closeLiveStreams());
}

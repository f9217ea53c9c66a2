import "server-only";
import { existingArticleFeed } from "@/lib/server/live/article-feed";

const holder = globalThis as unknown as { factmarkLiveBus?: { close(): Promise<void> } };

/** Ends this process's event streams and its LISTEN connection. */
export async function closeLiveStreams(): Promise<void> {
  await existingArticleFeed()?.close();
  await holder.factmarkLiveBus?.close();
}

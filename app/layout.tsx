import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getActor } from "@/lib/auth/session";
import { canManageWebhooks } from "@/lib/policies/webhooks";
import { canManageFactCheckLibrary } from "@/lib/policies/fact-checks";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LiveNotificationsLink } from "@/components/notifications/live-notifications-link";
import { CspNonceProvider } from "@/components/security/csp-nonce";
import { HeaderSearchBox } from "@/components/search/header-search-box";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factmark", template: "%s · Factmark" },
  description: "Fact-check annotation workbench",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  // One COUNT by index on every page; the list itself is read only on /notifications.
  const unread = actor ? await countUnreadNotifications({ actor }) : 0;
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Factmark
          </Link>
          {actor && (
            <nav aria-label="Main">
              <Link href="/">Articles</Link>
              <Link href="/articles/new">Import</Link>
              {canManageFactCheckLibrary(actor) && (
                <Link href="/library" prefetch={false}>
                  Library
                </Link>
              )}
              {/* Not prefetched: the header is on every page, and these pages run queries a visit may never need. */}
              <Link href="/my-work" prefetch={false}>
                My work
              </Link>
              <LiveNotificationsLink unread={unread} />
              <HeaderSearchBox />
              <Link href="/settings/tokens" prefetch={false}>
                API tokens
              </Link>
              {canManageWebhooks(actor) && (
                <Link href="/settings/webhooks" prefetch={false}>
                  Webhooks
                </Link>
              )}
              <span className="who" title={actor.email}>
                {actor.name} · {actor.role.toLowerCase()}
              </span>
              <SignOutButton />
            </nav>
          )}
        </header>
        <main>
          <CspNonceProvider nonce={nonce}>{children}</CspNonceProvider>
        </main>
      </body>
    </html>
  );
}

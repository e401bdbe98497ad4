import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { NotificationBell } from '@/components/desk/notification-bell';
import { TrpcProviders } from '@/components/providers/trpc';
import { ROLE_LABELS } from '@/server/auth/permissions';
import { currentActor } from '@/server/auth/session';

// Every desk page is per-user and must never be served from a cache.
export const dynamic = 'force-dynamic';

export default async function DeskLayout({ children }: { children: ReactNode }) {
  // The session is checked against the database on every request: a deactivated user is out at once.
  const actor = await currentActor();
  if (!actor) redirect('/signin?callbackUrl=/desk');
  return (
    <TrpcProviders>
      <div className="min-h-screen">
        <header className="border-b border-line bg-paper">
          <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
            <Link href="/desk" className="font-serif text-lg font-bold">
              Masthead <span className="font-sans text-sm font-normal text-muted">desk</span>
            </Link>
            <nav aria-label="Desk" className="flex gap-4 text-sm">
              <Link href="/desk" className="hover:underline">
                Dashboard
              </Link>
              <Link href="/desk/articles" className="hover:underline">
                Articles
              </Link>
              <Link href="/desk/profile" className="hover:underline">
                Your profile
              </Link>
              <Link href="/" className="hover:underline">
                Public site
              </Link>
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              <NotificationBell />
              <span data-testid="signed-in-as">
                {actor.name} <span className="text-muted">· {ROLE_LABELS[actor.role]}</span>
              </span>
              <SignOutButton />
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      </div>
    </TrpcProviders>
  );
}

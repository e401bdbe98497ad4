import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { DeskMenu } from '@/components/desk/desk-menu';
import { DeskNav, type DeskLink } from '@/components/desk/desk-nav';
import { NotificationBell } from '@/components/desk/notification-bell';
import { TrpcProviders } from '@/components/providers/trpc';
import { can, ROLE_LABELS, type Permission } from '@/server/auth/permissions';
import { currentSession } from '@/server/auth/session';
import { twoFactorEnrolmentDue } from '@/server/auth/two-factor/two-factor-status';
import { appDb } from '@/server/db/client';

/** The desk's pages; those with a permission are shown only to roles holding it in THE table. */
const DESK_LINKS: (DeskLink & { permission?: Permission })[] = [
  { href: '/desk', label: 'Dashboard' },
  { href: '/desk/articles', label: 'Articles' },
  { href: '/desk/calendar', label: 'Calendar' },
  { href: '/desk/media', label: 'Media' },
  { href: '/desk/fronts', label: 'Fronts', permission: 'front.arrange' },
  { href: '/desk/admin/sections', label: 'Sections', permission: 'section.manage' },
  { href: '/desk/admin/staff', label: 'Staff', permission: 'staff.manage' },
  { href: '/desk/admin/settings', label: 'Settings', permission: 'settings.manage' },
  { href: '/desk/admin/audit', label: 'Audit log', permission: 'audit.read' },
  // One link for both distribution screens (the content API's keys, webhooks): the header is full.
  { href: '/desk/admin/api-keys', label: 'Distribution', permission: 'distribution.manage' },
  { href: '/desk/profile', label: 'Your profile' },
  { href: '/', label: 'Public site' },
];

// Every desk page is per-user and must never be served from a cache.
export const dynamic = 'force-dynamic';

export default async function DeskLayout({ children }: { children: ReactNode }) {
  // The session is checked against the database on every request: a deactivated user is out at once.
  const session = await currentSession();
  if (!session) redirect('/signin?callbackUrl=/desk');
  const { actor } = session;
  // Their role requires two-factor sign-in and they have not set it up: the setup is all they may see.
  if (await twoFactorEnrolmentDue(appDb(), session)) redirect('/two-factor/setup');
  const links = DESK_LINKS.filter((link) => !link.permission || can(actor.role, link.permission));
  const signedInAs = `${actor.name} · ${ROLE_LABELS[actor.role]}`;
  return (
    <TrpcProviders>
      <div className="min-h-screen">
        <header className="border-b border-line bg-paper">
          {/* Wider than the page body so an admin's nine links, bell, name and sign-out fit one line at 1440 px. */}
          <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 whitespace-nowrap px-4 lg:gap-5">
            <Link href="/desk" className="shrink-0 font-serif text-lg font-bold">
              Masthead <span className="font-sans text-sm font-normal text-muted">desk</span>
            </Link>
            <DeskNav links={links} />
            <div className="ml-auto flex shrink-0 items-center gap-2 text-sm lg:gap-3">
              <NotificationBell />
              <span data-testid="signed-in-as" className="hidden whitespace-nowrap lg:inline">
                {actor.name} <span className="text-muted">· {ROLE_LABELS[actor.role]}</span>
              </span>
              <span className="hidden lg:inline-flex">
                <SignOutButton />
              </span>
              <DeskMenu links={links} signedInAs={signedInAs} />
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
      </div>
    </TrpcProviders>
  );
}

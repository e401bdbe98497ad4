'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Menu } from 'lucide-react';
import { signOut } from 'next-auth/react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';
import { isCurrentDeskLink, type DeskLink } from './desk-nav';

/**
 * The desk's navigation on narrow screens (phones, small tablets): one "Menu" button opening the pages,
 * who is signed in and "Sign out" (Radix: arrow keys, Escape, focus returned to the button). Wide screens
 * show the same links inline (DeskNav).
 */
export function DeskMenu({ links, signedInAs }: { links: DeskLink[]; signedInAs: string }) {
  const pathname = usePathname();
  const item = 'block rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-wash';
  return (
    // Not modal: the page stays in the accessibility tree (a modal menu hides it, focusable links and all).
    // Not in a portal: the menu stays inside the header's landmark.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="inline-flex h-9 items-center gap-1.5 rounded-md border border-line bg-paper px-3 text-sm font-medium lg:hidden">
        <Menu aria-hidden className="size-4" />
        Menu
      </DropdownMenu.Trigger>
      <DropdownMenu.Content
        align="end"
        sideOffset={6}
        aria-label="Desk"
        className="z-(--z-menu) max-h-[calc(100dvh-5rem)] w-64 overflow-y-auto rounded-lg border border-line bg-paper p-1 shadow-lg"
      >
        {links.map((link) => {
          const current = isCurrentDeskLink(pathname, link.href);
          return (
            <DropdownMenu.Item key={link.href} asChild>
              <Link href={link.href} aria-current={current ? 'page' : undefined} className={cn(item, current && 'font-semibold')}>
                {link.label}
              </Link>
            </DropdownMenu.Item>
          );
        })}
        <DropdownMenu.Separator className="my-1 h-px bg-line" />
        <DropdownMenu.Label className="px-3 py-1.5 text-xs text-muted">Signed in as {signedInAs}</DropdownMenu.Label>
        <DropdownMenu.Item className={item} onSelect={() => void signOut({ callbackUrl: '/signin' })}>
          Sign out
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}

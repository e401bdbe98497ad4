'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

export type DeskLink = { href: string; label: string };

/** Whether a desk link is the page you are on (its section, for the nested pages). */
export function isCurrentDeskLink(pathname: string, href: string): boolean {
  return href === '/desk' || href === '/' ? pathname === href : pathname.startsWith(href);
}

/**
 * The desk's navigation on wide screens, with the page you are on marked (for screen readers too:
 * aria-current). Narrow screens get the same links in DeskMenu. An admin's dozen links can be wider than
 * the header between 1024 and about 1440 px: the list then scrolls sideways within itself (min-w-0) rather
 * than pushing the bell and the account off the page.
 */
export function DeskNav({ links }: { links: DeskLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Desk" className="hidden min-w-0 items-center gap-x-3.5 overflow-x-auto text-sm whitespace-nowrap lg:flex">
      {links.map((link) => {
        const current = isCurrentDeskLink(pathname, link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? 'page' : undefined}
            className={cn('hover:underline', current && 'font-semibold underline underline-offset-4')}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}

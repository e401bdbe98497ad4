'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

export type DeskLink = { href: string; label: string };

/** The desk's navigation, with the page you are on marked (for screen readers too: aria-current). */
export function DeskNav({ links }: { links: DeskLink[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === '/desk' || href === '/' ? pathname === href : pathname.startsWith(href));
  return (
    <nav aria-label="Desk" className="flex flex-wrap gap-x-3.5 gap-y-1 text-sm">
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={current(link.href) ? 'page' : undefined}
          className={cn('hover:underline', current(link.href) && 'font-semibold underline underline-offset-4')}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}

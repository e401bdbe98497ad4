import Link from 'next/link';

const SCREENS = [
  { href: '/desk/admin/api-keys', label: 'Content API' },
  { href: '/desk/admin/webhooks', label: 'Webhooks' },
] as const;

/** The two distribution screens, one link in the desk header: this row moves between them. */
export function DistributionTabs({ current }: { current: (typeof SCREENS)[number]['href'] }) {
  return (
    <nav aria-label="Distribution" className="flex gap-4 border-b border-line text-sm">
      {SCREENS.map((screen) => (
        <Link
          key={screen.href}
          href={screen.href}
          aria-current={screen.href === current ? 'page' : undefined}
          className={screen.href === current ? '-mb-px border-b-2 border-ink pb-2 font-semibold' : 'pb-2 text-muted hover:text-ink'}
        >
          {screen.label}
        </Link>
      ))}
    </nav>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { readNavigation, readSettings } from '@/server/cache/public-reads';
import { siteMetadata } from '@/server/site/site-metadata';

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await readSettings());
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, sections] = await Promise.all([readSettings(), readNavigation()]);
  return (
    <div className="min-h-screen bg-paper">
      <header className="border-b border-line">
        <div className="mx-auto max-w-5xl px-4 py-5">
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight">
            {settings.name}
          </Link>
          <nav aria-label="Sections" className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
            {sections.map((section) => (
              <Link key={section.slug} href={`/sections/${section.slug}`} className="hover:text-ink hover:underline">
                {section.name}
              </Link>
            ))}
          </nav>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
      <footer className="border-t border-line py-6 text-center text-sm text-muted">
        {settings.name} · <a href="/rss.xml" className="underline">RSS</a> · <Link href="/corrections" className="underline">Corrections</Link> · <Link href="/desk" className="underline">Staff desk</Link>
      </footer>
    </div>
  );
}

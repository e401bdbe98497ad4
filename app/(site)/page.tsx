import { TeaserList } from '@/components/site/teaser-list';
import { readHome, readSettings } from '@/server/cache/public-reads';

// Rendered on request, never at build time (the build has no database); the data comes from the cache.
export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [settings, { latest, bySection }] = await Promise.all([readSettings(), readHome()]);
  return (
    <div className="space-y-12">
      <section aria-labelledby="latest">
        <h1 id="latest" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Latest
        </h1>
        <TeaserList articles={latest} timeZone={settings.timeZone} />
      </section>
      {bySection.map(({ section, articles }) => (
        <section key={section.id} aria-labelledby={`section-${section.slug}`}>
          <h2 id={`section-${section.slug}`} className="text-sm font-semibold uppercase tracking-wide text-muted">
            {section.name}
          </h2>
          <TeaserList articles={articles} timeZone={settings.timeZone} showSection={false} />
        </section>
      ))}
    </div>
  );
}

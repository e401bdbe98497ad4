import { TeaserList } from '@/components/site/teaser-list';
import { appDb } from '@/server/db/client';
import { listLatestPublished, newsroomSettings } from '@/server/site/published-articles';
import { listNavigationSections } from '@/server/site/site-pages';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const db = appDb();
  const [settings, latest, sections] = await Promise.all([
    newsroomSettings(db),
    listLatestPublished(db, { limit: 10 }),
    listNavigationSections(db),
  ]);
  const bySection = await Promise.all(
    sections.map(async (section) => ({ section, articles: await listLatestPublished(db, { limit: 3, sectionId: section.id }) })),
  );
  return (
    <div className="space-y-12">
      <section aria-labelledby="latest">
        <h1 id="latest" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Latest
        </h1>
        <TeaserList articles={latest} timeZone={settings.timeZone} />
      </section>
      {bySection
        .filter(({ articles }) => articles.length > 0)
        .map(({ section, articles }) => (
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

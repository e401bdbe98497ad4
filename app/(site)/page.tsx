import { FrontView } from '@/components/site/front-view';
import { readHome, readSettings } from '@/server/cache/public-reads';

// Rendered on request, never at build time (the build has no database); the data comes from the cache.
export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [settings, front] = await Promise.all([readSettings(), readHome()]);
  return <FrontView front={front} timeZone={settings.timeZone} heading={<h1 className="sr-only">{settings.name}</h1>} />;
}

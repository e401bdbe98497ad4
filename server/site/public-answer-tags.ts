import { cacheTags } from './cache-tags';

/**
 * THE cache tags of a public answer, by its address: the same tags the answer's cached reads carry
 * (server/cache/public-reads.ts), so whatever revalidates them (server/site/tags-touched.ts) also names
 * every answer to purge. A cache in front of the app (the `xkey` header, see public-cache-headers.ts)
 * stores each answer under these and is purged by them.
 *
 * null: not a public page or feed (the desk, sign-in, previews, the API, media, an address with no page),
 * or a slug that cannot name anything (outside the characters slugs are made of): such answers are not
 * for a shared cache.
 */
export function publicAnswerTags(pathname: string): string[] | null {
  // Pages show the newsroom's name (`site`) and, under the site layout, the section navigation.
  const page = (tags: string[]) => [cacheTags.site, cacheTags.navigation, ...tags];
  if (pathname === '/') return page([cacheTags.home]);
  if (pathname === '/rss.xml') return [cacheTags.site, cacheTags.feed];
  if (pathname === '/sitemap.xml' || pathname === '/news-sitemap.xml') return [cacheTags.site, cacheTags.sitemap];
  const match = /^\/(articles|sections|tags|authors)\/([^/]+)(\/rss\.xml)?$/.exec(pathname);
  const [, kind, slug, feed] = match ?? [];
  if (!kind || !slug || !SLUG.test(slug)) return null;
  if (feed) return kind === 'sections' ? [cacheTags.site, cacheTags.sectionPages, cacheTags.section(slug)] : null;
  switch (kind) {
    case 'articles':
      return page([cacheTags.article(slug)]);
    case 'sections':
      return page([cacheTags.sectionPages, cacheTags.section(slug)]);
    case 'tags':
      return page([cacheTags.tag(slug)]);
    default:
      return page([cacheTags.author(slug)]);
  }
}

/** What slugify makes (lower case, digits, '-', '_', '.', '~'): safe in a header and a tag as it stands. */
const SLUG = /^[A-Za-z0-9._~-]+$/;

/**
 * THE names of the public site's cache tags. Every cached read of the public site carries `site` plus the
 * tags below that say which pages it feeds; a change revalidates exactly the tags it touches
 * (tags-touched.ts), so a correction to one article does not empty the cache of every other one.
 * Slugs, not ids, name the pages: a cached read is keyed by the URL a reader asked for, which may belong to
 * nothing yet (a cached 404 must go when an article takes that slug).
 */
export const cacheTags = {
  /** Every public page: for changes shown everywhere (the newsroom's name and time zone). */
  site: 'site',
  /** The section navigation in the site layout. */
  navigation: 'navigation',
  home: 'home',
  /** The site-wide RSS feed. */
  feed: 'feed',
  /** sitemap.xml and news-sitemap.xml. */
  sitemap: 'sitemap',
  /** /corrections: the public notes published with updates, site-wide. */
  corrections: 'corrections',
  /**
   * Every section page (its front): an editor may put a story from any section on one, so any live story's
   * change may show there (server/front/).
   */
  sectionFronts: 'section-fronts',
  /** Every section page and feed, old slugs included (a rename moves one section's address). */
  sectionPages: 'sections',
  /** The page at /articles/<slug>: live, withdrawn (410), taken down (451/410) or unknown (404); a live blog's entries too. */
  article: (slug: string) => `article:${slug}`,
  /** /sections/<slug> and its RSS feed. */
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
} as const;

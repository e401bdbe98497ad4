import { cache } from 'react';
import { appDb } from '../db/client';
import { articleAtAddress } from '../site/article-at-address';
import { cacheTags } from '../site/cache-tags';
import { listPublicEntries } from '../live-blog/list-entries';
import { liveBlogFeed, newsSitemapXml, rssFeed, sitemapXml } from '../site/feeds';
import { listCorrections } from '../site/corrections';
import { listLatestPublished, newsroomSettings } from '../site/published-articles';
import { findAuthor, findSection, findTag, listNavigationSections } from '../site/site-pages';
import { homeFront, sectionFront } from '../front/front-target';
import { readFrontPage } from '../front/read-front';
import { cachedRead } from './cached-read';

/**
 * Everything the public site reads, through the Next.js cache, each under the tags of the pages it feeds
 * (server/site/cache-tags.ts). Pages and feeds read only from here, so a published page costs no query
 * until a change revalidates one of its tags (addresses with nothing behind them are not stored, see
 * cachedRead). Nothing here runs at build time: every public route is rendered on request (the build has
 * no database), and its data comes from the cache. React's `cache` makes what the layout,
 * generateMetadata and the page each ask for one read per request.
 */

export const readSettings = cache(() => cachedRead(['settings'], [], () => newsroomSettings(appDb())));

export const readNavigation = cache(() => cachedRead(['navigation'], [cacheTags.navigation], () => listNavigationSections(appDb())));

export const readArticleAtAddress = cache((slug: string) =>
  cachedRead(['article', slug], [cacheTags.article(slug)], () => articleAtAddress(appDb(), slug), {
    store: (found) => found.kind !== 'missing',
  }),
);

/** A live blog's shown entries (null: no live blog there), under its article's tag: every entry change expires it. */
export const readLiveBlogEntries = cache((slug: string) =>
  cachedRead(['live-blog', slug], [cacheTags.article(slug)], () => listPublicEntries(appDb(), slug), { store: (entries) => entries !== null }),
);

export const readLiveBlogFeed = cache((slug: string) =>
  cachedRead(['live-blog-feed', slug], [cacheTags.article(slug)], () => liveBlogFeed(appDb(), slug), { store: (xml) => xml !== null }),
);

/** The home page's front (server/front/): resolved from live stories here, on a cold read only. */
export const readHome = cache(() =>
  cachedRead(['home-front'], [cacheTags.home, cacheTags.navigation], () => readFrontPage(appDb(), homeFront())),
);

/** A section's page: its front, or where a former slug now lives. */
export const readSectionPage = cache((slug: string) =>
  cachedRead(
    ['section-front', slug],
    [cacheTags.section(slug), cacheTags.sectionPages, cacheTags.sectionFronts],
    async () => {
      const db = appDb();
      const { section, redirectTo } = await findSection(db, slug);
      return { section, redirectTo, front: section ? await readFrontPage(db, sectionFront(section)) : null };
    },
    { store: (page) => page.section !== null || page.redirectTo !== null },
  ),
);

export const readTagPage = cache((slug: string) =>
  cachedRead(
    ['tag', slug],
    [cacheTags.tag(slug)],
    async () => {
      const db = appDb();
      const tag = await findTag(db, slug);
      return { tag, articles: tag ? await listLatestPublished(db, { limit: 30, tagId: tag.id }) : [] };
    },
    { store: (page) => page.tag !== null },
  ),
);

export const readAuthorPage = cache((slug: string) =>
  cachedRead(
    ['author', slug],
    [cacheTags.author(slug)],
    async () => {
      const db = appDb();
      const author = await findAuthor(db, slug);
      return { author, articles: author ? await listLatestPublished(db, { limit: 30, authorId: author.id }) : [] };
    },
    { store: (page) => page.author !== null },
  ),
);

/** /corrections: every public note, newest first. */
export const readCorrections = cache(() => cachedRead(['corrections'], [cacheTags.corrections], () => listCorrections(appDb())));

export const readSiteFeed = cache(() => cachedRead(['feed'], [cacheTags.feed], () => rssFeed(appDb())));

/** The section's RSS, or null when there is no section at that address. */
export const readSectionFeed = cache((slug: string) =>
  cachedRead(
    ['section-feed', slug],
    [cacheTags.section(slug), cacheTags.sectionPages],
    async () => {
      const db = appDb();
      const { section } = await findSection(db, slug);
      return section ? rssFeed(db, { section }) : null;
    },
    { store: (xml) => xml !== null },
  ),
);

export const readSitemap = cache(() => cachedRead(['sitemap'], [cacheTags.sitemap], () => sitemapXml(appDb())));

/** Also refreshed every ten minutes: articles leave it 48 hours after publication, with no write to say so. */
export const readNewsSitemap = cache(() =>
  cachedRead(['news-sitemap'], [cacheTags.sitemap], () => newsSitemapXml(appDb()), { revalidateSeconds: 600 }),
);

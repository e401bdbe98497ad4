import { Feed } from 'feed';
import { SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { NOTE_KIND_LABELS } from '../article/update.schema';
import type { DbOrTx } from '../db/client';
import { listPublicEntries } from '../live-blog/list-entries';
import { notesOf } from './corrections';
import { listLatestPublished, newsroomSettings, publishedScope } from './published-articles';
import { siteUrl } from './site-url';

/** News sitemaps list what was published in the last two days (Google News' window). */
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000;

/** RSS 2.0 of the latest live articles, for the whole site or one section. */
export async function rssFeed(db: DbOrTx, { section }: { section?: { id: string; name: string; slug: string; description?: string | null } } = {}) {
  const settings = await newsroomSettings(db);
  const articles = await listLatestPublished(db, { limit: 50, sectionId: section?.id });
  const link = siteUrl(section ? `/sections/${section.slug}` : '/');
  const feed = new Feed({
    id: link,
    link,
    title: section ? `${section.name} · ${settings.name}` : settings.name,
    // Feed readers show this under the feed's name: what the feed is, in a sentence.
    description: section ? section.description || `The latest ${section.name} articles from ${settings.name}.` : `The latest articles from ${settings.name}.`,
    copyright: settings.name,
    language: 'en',
    updated: articles[0]?.publishedAt ?? undefined,
    feedLinks: { rss: siteUrl(section ? `/sections/${section.slug}/rss.xml` : '/rss.xml') },
  });
  const notes = await notesOf(db, articles.map((article) => article.id));
  for (const article of articles) {
    feed.addItem({
      title: textAsHtml(article.headline),
      id: siteUrl(`/articles/${article.slug}`),
      link: siteUrl(`/articles/${article.slug}`),
      // The standfirst, then the article's public notes, newest first: feed readers see corrections too.
      description: [article.standfirst, ...(notes.get(article.id) ?? []).map((note) => `${NOTE_KIND_LABELS[note.kind]} (${note.publishedAt.toISOString().slice(0, 10)}): ${note.text}`)]
        .filter(Boolean)
        .map(textAsHtml)
        .join('<br><br>'),
      date: article.publishedAt ?? new Date(),
      author: article.bylines.map((byline) => ({ name: byline.name })),
      category: article.section ? [{ name: article.section.name }] : undefined,
    });
  }
  return feed.rss2();
}

/** RSS 2.0 of a live blog's shown entries, newest first; null when there is no live blog at that address. */
export async function liveBlogFeed(db: DbOrTx, slug: string): Promise<string | null> {
  const entries = await listPublicEntries(db, slug);
  if (!entries) return null;
  const [settings, article] = await Promise.all([newsroomSettings(db), db.article.findUnique({ where: { slug }, select: { headline: true } })]);
  const link = siteUrl(`/articles/${slug}`);
  const feed = new Feed({
    id: link,
    link,
    title: `${article?.headline ?? ''} · ${settings.name}`,
    description: `Live updates from ${settings.name}.`,
    copyright: settings.name,
    language: 'en',
    updated: entries[0]?.postedAt,
    feedLinks: { rss: siteUrl(`/articles/${slug}/live.xml`) },
  });
  for (const entry of entries) {
    feed.addItem({
      title: textAsHtml(entry.text.length > 110 ? `${entry.text.slice(0, 109)}…` : entry.text),
      id: `${link}#entry-${entry.id}`,
      link: `${link}#entry-${entry.id}`,
      description: textAsHtml(entry.text),
      date: entry.postedAt,
      author: entry.authorName ? [{ name: entry.authorName }] : undefined,
    });
  }
  return feed.rss2();
}

/**
 * Headlines and standfirsts are plain text, but feed readers render an RSS item's title and description as
 * HTML (the library wraps them in CDATA, which only protects the XML). Escaped, `<script>` reads as text.
 */
function textAsHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c as keyof typeof HTML_ENTITIES]);
}

const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' } as const;

/** What a sitemap with nothing in it is (the library refuses to write one). */
const EMPTY_URLSET =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

async function toXml(items: SitemapItemLoose[]): Promise<string> {
  if (items.length === 0) return EMPTY_URLSET;
  const stream = new SitemapStream({ hostname: siteUrl('/') });
  const xml = streamToPromise(stream);
  for (const item of items) stream.write(item);
  stream.end();
  return (await xml).toString();
}

/** Every public page: home, sections, tags, authors with work, and every live article. */
export async function sitemapXml(db: DbOrTx): Promise<string> {
  const [articles, sections, tags, authors] = await Promise.all([
    db.article.findMany({ where: publishedScope, select: { slug: true, publishedAt: true, contentUpdatedAt: true }, orderBy: { publishedAt: 'desc' } }),
    db.section.findMany({ select: { slug: true } }),
    db.tag.findMany({ where: { articles: { some: { article: publishedScope } } }, select: { slug: true } }),
    db.user.findMany({ where: { bylines: { some: { article: publishedScope } } }, select: { slug: true } }),
  ]);
  const pages: SitemapItemLoose[] = [{ url: '/' }, { url: '/corrections' }];
  for (const section of sections) pages.push({ url: `/sections/${section.slug}` });
  for (const tag of tags) pages.push({ url: `/tags/${tag.slug}` });
  for (const author of authors) pages.push({ url: `/authors/${author.slug}` });
  for (const article of articles) {
    pages.push({ url: `/articles/${article.slug}`, lastmod: (article.contentUpdatedAt ?? article.publishedAt ?? new Date()).toISOString() });
  }
  return toXml(pages);
}

/** Google News sitemap: live articles first published in the last 48 hours. */
export async function newsSitemapXml(db: DbOrTx, now = new Date()): Promise<string> {
  const settings = await newsroomSettings(db);
  const articles = await listLatestPublished(db, { limit: 1000, since: new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS) });
  return toXml(
    articles.map((article) => ({
      url: `/articles/${article.slug}`,
      news: {
        publication: { name: settings.name, language: 'en' },
        publication_date: (article.publishedAt ?? now).toISOString(),
        title: article.headline,
      },
    })),
  );
}

import { describe, expect, it } from 'vitest';
import { createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { newsSitemapXml, rssFeed, sitemapXml } from './feeds';
import { articleAtAddress } from './article-at-address';
import { findPublishedArticle } from './published-articles';

const t = withTestDatabase();

async function newsroom() {
  const author = await createStaff(t.db, { name: 'Olha Hlushchenko' });
  const world = await createSection(t.db, { name: 'World' });
  const make = (headline: string, state: 'PUBLISHED' | 'UNPUBLISHED' | 'DRAFT' | 'SCHEDULED') =>
    createArticle(t.db, { authors: [author], sectionId: world.id, state, headline });
  return { world, live: await make('Live & well <today>', 'PUBLISHED'), gone: await make('Taken down', 'UNPUBLISHED'), draft: await make('Still a draft', 'DRAFT'), later: await make('Not yet', 'SCHEDULED') };
}

describe('what readers can reach', () => {
  it('RSS lists live articles only, escaped, site-wide and per section', async () => {
    const { world, live } = await newsroom();
    for (const xml of [await rssFeed(t.db), await rssFeed(t.db, { section: world })]) {
      expect(xml).toContain('<rss version="2.0"');
      expect(xml).toContain(`/articles/${live.slug}`);
      for (const hidden of ['Taken down', 'Still a draft', 'Not yet']) expect(xml).not.toContain(hidden);
    }
  });

  it('each feed says what it is in its description', async () => {
    const { world } = await newsroom();
    await t.db.newsroomSettings.upsert({ where: { id: 1 }, create: { id: 1, name: 'The Kyiv Ledger' }, update: { name: 'The Kyiv Ledger' } });
    expect(await rssFeed(t.db)).toMatch(/<channel>[\s\S]*<description>The latest articles from The Kyiv Ledger\.<\/description>/);
    expect(await rssFeed(t.db, { section: { ...world, description: null } })).toContain(`<description>The latest ${world.name} articles from The Kyiv Ledger.</description>`);
    expect(await rssFeed(t.db, { section: { ...world, description: 'War, diplomacy and the world beyond.' } })).toContain(
      '<description>War, diplomacy and the world beyond.</description>',
    );
  });

  it('RSS carries headline and standfirst as text: readers that render item HTML show the characters, run nothing', async () => {
    const author = await createStaff(t.db);
    const article = await createArticle(t.db, { authors: [author], state: 'PUBLISHED', headline: 'Tom & Jerry <script>alert(1)</script>' });
    await t.db.article.update({ where: { id: article.id }, data: { standfirst: '<img src=x onerror=alert(2)> & more ]]> done' } });
    const xml = await rssFeed(t.db);
    // RSS item titles and descriptions are HTML to readers: the text arrives entity-escaped (inside CDATA).
    expect(xml).toContain('<title><![CDATA[Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;]]></title>');
    expect(xml).toContain('<description><![CDATA[&lt;img src=x onerror=alert(2)&gt; &amp; more ]]&gt; done]]></description>');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
  });

  it('the sitemap lists every live article and no other', async () => {
    const { live, gone, draft, later } = await newsroom();
    const xml = await sitemapXml(t.db);
    expect(xml).toContain(`/articles/${live.slug}</loc>`);
    for (const hidden of [gone, draft, later]) expect(xml).not.toContain(hidden.slug);
    expect(xml).toContain('/sections/');
    expect(xml).toContain('/authors/');
  });

  it('the news sitemap lists live articles first published in the last 48 hours', async () => {
    const { live } = await newsroom();
    const old = await createArticle(t.db, { authors: [await createStaff(t.db)], state: 'PUBLISHED', headline: 'Old news' });
    await t.db.article.update({ where: { id: old.id }, data: { publishedAt: new Date(Date.now() - 49 * 3_600_000) } });
    const xml = await newsSitemapXml(t.db);
    expect(xml).toContain('xmlns:news=');
    expect(xml).toContain(`/articles/${live.slug}</loc>`);
    expect(xml).toContain('<news:title>Live &amp; well &lt;today&gt;</news:title>');
    expect(xml).not.toContain(old.slug);
  });

  it('the news sitemap is a valid empty list when nothing is recent', async () => {
    expect(await newsSitemapXml(t.db)).toMatch(/<urlset[^>]*><\/urlset>$/);
  });

  it('an unpublished, draft or scheduled article cannot be opened by its slug', async () => {
    const { live, gone, draft, later } = await newsroom();
    expect(await findPublishedArticle(t.db, live.slug)).not.toBeNull();
    for (const hidden of [gone, draft, later]) expect(await findPublishedArticle(t.db, hidden.slug)).toBeNull();
  });

  it('an address answers live, withdrawn (published once, then taken down) or missing (never published, or nothing there)', async () => {
    const { live, gone, draft, later } = await newsroom();
    await t.db.article.update({ where: { id: gone.id }, data: { publishedAt: new Date('2026-11-01T08:00:00Z') } });
    expect(await articleAtAddress(t.db, live.slug)).toMatchObject({ kind: 'live', article: { headline: 'Live & well <today>' } });
    expect(await articleAtAddress(t.db, gone.slug)).toEqual({ kind: 'withdrawn' });
    for (const slug of [draft.slug, later.slug, 'no-such-article']) expect(await articleAtAddress(t.db, slug)).toEqual({ kind: 'missing' });
  });
});

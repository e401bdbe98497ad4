import { describe, expect, it } from 'vitest';
import { publicImage } from '../media/public-image';
import { newsArticleJsonLd } from './news-article-json-ld';
import { articleMetadata, siteMetadata } from './site-metadata';
import { siteUrl } from './site-url';

const newsroom = { name: 'The Kyiv Ledger' };
const article = {
  slug: 'ships-in-the-strait',
  headline: 'Ships in the strait',
  standfirst: 'Joint exercises again.',
  publishedAt: new Date('2026-11-25T07:00:00Z'),
  contentUpdatedAt: null,
  section: { name: 'World' },
  tags: [{ name: 'Navy' }],
  bylines: [{ name: 'Olha Hlushchenko', authorSlug: 'olha' }],
  leadImage: { alt: 'Two ships', ...publicImage(photo(2400, 1600)) },
  notes: [],
};

function photo(width: number | null, height: number | null) {
  return { storageKey: 'ships.jpg', width, height, focalX: 0.5, focalY: 0.5, cropOverrides: {} };
}

describe('siteMetadata', () => {
  it('puts the newsroom name in every page title and as og:site_name, and advertises the RSS feed', () => {
    const metadata = siteMetadata(newsroom);
    expect(metadata.title).toEqual({ default: 'The Kyiv Ledger', template: '%s · The Kyiv Ledger' });
    expect(metadata.openGraph).toEqual({ siteName: 'The Kyiv Ledger' });
    expect(metadata.alternates?.types).toEqual({ 'application/rss+xml': [{ url: siteUrl('/rss.xml'), title: 'The Kyiv Ledger' }] });
  });
});

describe('articleMetadata', () => {
  it('keeps the site name and the feed link (a page’s openGraph and alternates replace the layout’s)', () => {
    const metadata = articleMetadata(article, newsroom);
    expect(metadata.openGraph).toMatchObject({ siteName: 'The Kyiv Ledger', url: siteUrl('/articles/ships-in-the-strait') });
    expect(metadata.alternates).toEqual({
      canonical: siteUrl('/articles/ships-in-the-strait'),
      types: { 'application/rss+xml': [{ url: siteUrl('/rss.xml'), title: 'The Kyiv Ledger' }] },
    });
  });

  it('shares a 1200×630 card cut from the lead image, with its dimensions (og:image:width and height)', () => {
    expect(articleMetadata(article, newsroom).openGraph?.images).toEqual([
      { url: siteUrl('/media/r/ships.jpg/0-170-2400-1260/1200.jpg'), alt: 'Two ships', width: 1200, height: 630 },
    ]);
  });

  it('shares the original when the image’s dimensions are unknown, without dimensions', () => {
    const unmeasured = { ...article, leadImage: { alt: 'Two ships', ...publicImage(photo(null, null)) } };
    expect(articleMetadata(unmeasured, newsroom).openGraph?.images).toEqual([{ url: siteUrl('/media/ships.jpg'), alt: 'Two ships' }]);
  });
});

describe('newsArticleJsonLd', () => {
  it('lists the 16:9, 4:3 and 1:1 crops of the lead image, each 1200 px wide', () => {
    const data = JSON.parse(newsArticleJsonLd(article, 'The Kyiv Ledger')) as { image: string[] };
    expect(data.image).toEqual([
      siteUrl('/media/r/ships.jpg/0-125-2400-1350/1200.jpg'),
      siteUrl('/media/r/ships.jpg/134-0-2133-1600/1200.jpg'),
      siteUrl('/media/r/ships.jpg/400-0-1600-1600/1200.jpg'),
    ]);
  });

  it('names the publisher with its logo', () => {
    const data = JSON.parse(newsArticleJsonLd({ ...article, notes: [] }, 'The Kyiv Ledger')) as { publisher: unknown; correction?: unknown };
    expect(data.correction).toBeUndefined();
    expect(data.publisher).toEqual({
      '@type': 'Organization',
      name: 'The Kyiv Ledger',
      url: siteUrl('/'),
      logo: { '@type': 'ImageObject', url: siteUrl('/logo.png'), width: 512, height: 512 },
    });
  });

  it('lists public notes newest first as CorrectionComments, labelled and dated', () => {
    const notes = [
      { kind: 'CORRECTION' as const, text: 'An earlier version gave the wrong tonnage.', publishedAt: new Date('2026-11-27T10:00:00Z') },
      { kind: 'EDITORS_NOTE' as const, text: 'This article was updated with the ministry’s reply.', publishedAt: new Date('2026-11-26T09:00:00Z') },
    ];
    const data = JSON.parse(newsArticleJsonLd({ ...article, notes }, 'The Kyiv Ledger')) as { correction: unknown };
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Correction: An earlier version gave the wrong tonnage.', datePublished: '2026-11-27T10:00:00.000Z' },
      { '@type': 'CorrectionComment', text: 'Editor’s note: This article was updated with the ministry’s reply.', datePublished: '2026-11-26T09:00:00.000Z' },
    ]);
  });
});

import { siteUrl } from './site-url';

/**
 * The public site's <head>, built from the newsroom's settings: its name in every page title and as
 * og:site_name, the RSS feed advertised for readers' feed apps (autodiscovery), and the publisher logo.
 * Next merges metadata key by key (a page's `openGraph` or `alternates` replaces the layout's whole), so
 * the article page builds its own from these parts too. Plain objects in Next's Metadata shape (server/
 * does not import Next), checked where the pages return them.
 */
export const PUBLISHER_LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

type Newsroom = { name: string };

const siteFeed = (newsroom: Newsroom) => ({ 'application/rss+xml': [{ url: siteUrl('/rss.xml'), title: newsroom.name }] });

export function siteMetadata(newsroom: Newsroom) {
  return {
    title: { default: newsroom.name, template: `%s · ${newsroom.name}` },
    openGraph: { siteName: newsroom.name },
    alternates: { types: siteFeed(newsroom) },
  };
}

type Article = {
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date | null;
  contentUpdatedAt: Date | null;
  section: { name: string } | null;
  tags: { name: string }[];
  bylines: { name: string }[];
  /** `card`: the 1200×630 share crop (server/media/public-image.ts). */
  leadImage: { alt: string; card: { url: string; width: number | null; height: number | null } } | null;
};

export function articleMetadata(article: Article, newsroom: Newsroom) {
  const url = siteUrl(`/articles/${article.slug}`);
  const description = article.standfirst || undefined;
  const image = article.leadImage && {
    url: siteUrl(article.leadImage.card.url),
    alt: article.leadImage.alt,
    // og:image:width/height let a share card be laid out before the image arrives.
    ...(article.leadImage.card.width && article.leadImage.card.height && { width: article.leadImage.card.width, height: article.leadImage.card.height }),
  };
  return {
    title: article.headline,
    description,
    alternates: { canonical: url, types: siteFeed(newsroom) },
    openGraph: {
      type: 'article' as const,
      url,
      siteName: newsroom.name,
      title: article.headline,
      description,
      images: image ? [image] : undefined,
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: article.contentUpdatedAt?.toISOString(),
      section: article.section?.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.bylines.map((byline) => byline.name),
    },
    twitter: { card: image ? ('summary_large_image' as const) : ('summary' as const), title: article.headline, description },
  };
}

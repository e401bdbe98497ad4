import { NOTE_KIND_LABELS, type NoteKind } from '../article/update.schema';
import { PUBLISHER_LOGO } from './site-metadata';
import { siteUrl } from './site-url';

type Article = {
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date | null;
  contentUpdatedAt: Date | null;
  section: { name: string } | null;
  bylines: { name: string; authorSlug: string | null }[];
  /** The three crops Google asks for (16:9, 4:3, 1:1), addresses on this site. */
  leadImage: { structuredDataUrls: string[] } | null;
  /** Public notes, newest first. */
  notes: { kind: NoteKind; text: string; publishedAt: Date }[];
};

/** schema.org NewsArticle for search engines, serialized safely for a <script> element. */
export function newsArticleJsonLd(article: Article, publisher: string): string {
  return scriptSafeJson(newsArticleData(article, publisher));
}

type LiveEntry = { id: string; text: string; postedAt: Date; authorName: string | null };

/**
 * A live blog as schema.org LiveBlogPosting: the article's own facts, coverage from its first publication,
 * and each shown entry as a BlogPosting in `liveBlogUpdate` (newest first, as the page shows them).
 */
export function liveBlogPostingJsonLd(article: Article, entries: readonly LiveEntry[], publisher: string): string {
  const url = siteUrl(`/articles/${article.slug}`);
  return scriptSafeJson({
    ...newsArticleData(article, publisher),
    '@type': 'LiveBlogPosting',
    coverageStartTime: article.publishedAt?.toISOString(),
    dateModified: (entries[0]?.postedAt ?? article.contentUpdatedAt ?? article.publishedAt)?.toISOString(),
    liveBlogUpdate: entries.map((entry) => ({
      '@type': 'BlogPosting',
      '@id': `${url}#entry-${entry.id}`,
      url: `${url}#entry-${entry.id}`,
      headline: entry.text.length > 110 ? `${entry.text.slice(0, 109)}…` : entry.text,
      articleBody: entry.text,
      datePublished: entry.postedAt.toISOString(),
      ...(entry.authorName && { author: { '@type': 'Person', name: entry.authorName } }),
    })),
  });
}

function newsArticleData(article: Article, publisher: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.standfirst || undefined,
    mainEntityOfPage: siteUrl(`/articles/${article.slug}`),
    datePublished: article.publishedAt?.toISOString(),
    dateModified: (article.contentUpdatedAt ?? article.publishedAt)?.toISOString(),
    articleSection: article.section?.name,
    image: article.leadImage ? article.leadImage.structuredDataUrls.map((url) => siteUrl(url)) : undefined,
    author: article.bylines.map((byline) => ({
      '@type': 'Person',
      name: byline.name,
      ...(byline.authorSlug && { url: siteUrl(`/authors/${byline.authorSlug}`) }),
    })),
    // Corrections, clarifications and other notes published with updates (schema.org CorrectionComment).
    correction: article.notes.length
      ? article.notes.map((note) => ({ '@type': 'CorrectionComment', text: `${NOTE_KIND_LABELS[note.kind]}: ${note.text}`, datePublished: note.publishedAt.toISOString() }))
      : undefined,
    publisher: {
      '@type': 'Organization',
      name: publisher,
      url: siteUrl('/'),
      logo: { '@type': 'ImageObject', url: siteUrl(PUBLISHER_LOGO.path), width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
    },
  };
}

/** "<" escaped so no headline or entry can close the script element early. */
function scriptSafeJson(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

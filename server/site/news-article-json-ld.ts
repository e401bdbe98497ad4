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
  leadImage: { url: string } | null;
  /** Public notes, newest first. */
  notes: { kind: NoteKind; text: string; publishedAt: Date }[];
};

/** schema.org NewsArticle for search engines, serialized safely for a <script> element. */
export function newsArticleJsonLd(article: Article, publisher: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.standfirst || undefined,
    mainEntityOfPage: siteUrl(`/articles/${article.slug}`),
    datePublished: article.publishedAt?.toISOString(),
    dateModified: (article.contentUpdatedAt ?? article.publishedAt)?.toISOString(),
    articleSection: article.section?.name,
    image: article.leadImage ? [siteUrl(article.leadImage.url)] : undefined,
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
  // "<" escaped so no headline can close the script element early.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

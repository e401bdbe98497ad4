import { siteUrl } from '../../site/site-url';

/**
 * The `data` of the usual events: thin on purpose (what changed, where to read it), so an event never
 * carries text that may since have changed; receivers fetch the article from the content API.
 */
export function articleEventData(article: { id: string; slug: string; headline: string; version: number; publishedAt: Date | null }) {
  return {
    article: {
      id: article.id,
      slug: article.slug,
      headline: article.headline,
      version: article.version,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      url: siteUrl(`/articles/${article.slug}`),
      apiUrl: siteUrl(`/api/v1/articles/${article.id}`),
    },
  };
}

export function sectionEventData(section: { id: string; name: string; slug: string; archived?: boolean }) {
  return { section: { id: section.id, name: section.name, slug: section.slug, archived: section.archived ?? false, url: siteUrl(`/sections/${section.slug}`) } };
}

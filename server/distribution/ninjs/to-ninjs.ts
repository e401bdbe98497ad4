import type { ApiArticle } from '../content-api/content-api.schema';

/**
 * An article as an IPTC ninjs 3.1 news item (validated against the official schema in a test), filled the
 * way agencies fill it (see the dpa, NTB and TT examples in test/fixtures/ninjs/): a stable `uri`, the
 * version as a string, the main headline and the standfirst as roles, the body as HTML, bylines in `by`,
 * section and tags as `subjects`, the lead image as a picture association with its renditions.
 *
 * Facts other features add are optional inputs, so each is one small addition where its data lives:
 * `embargoedUntil` (an embargo), `corrections` (public correction notes, as descriptions with the role
 * "correction", newest first), `withheld` (a legal take-down: pubStatus "withheld").
 */
export type NinjsExtras = {
  embargoedUntil?: Date | null;
  corrections?: readonly { text: string; at: Date }[];
  withheld?: boolean;
  language?: string;
  copyrightHolder: string;
};

export const NINJS_MEDIA_TYPE = 'application/ninjs+json';

export function toNinjs(article: ApiArticle, extras: NinjsExtras) {
  const descriptions = [
    ...(article.standfirst ? [{ role: 'summary', contentType: 'text/plain', value: article.standfirst }] : []),
    ...(extras.corrections ?? []).map((correction) => ({ role: 'correction', contentType: 'text/plain', value: `${correction.at.toISOString()}: ${correction.text}` })),
  ];
  return {
    uri: `urn:masthead:article:${article.id}`,
    type: 'text' as const,
    representationType: 'full' as const,
    version: String(article.version),
    firstCreated: article.publishedAt,
    versionCreated: article.updatedAt,
    ...(extras.embargoedUntil && { embargoedUntil: extras.embargoedUntil.toISOString() }),
    pubStatus: extras.withheld ? ('withheld' as const) : ('usable' as const),
    copyrightHolder: extras.copyrightHolder,
    language: extras.language ?? 'en',
    slugline: article.slug,
    headlines: [{ role: 'main', contentType: 'text/plain', value: article.headline }],
    ...(descriptions.length > 0 && { descriptions }),
    bodies: [{ role: 'main', contentType: 'text/html', value: article.bodyHtml }],
    ...(article.bylines.length > 0 && { by: article.bylines.map((byline) => byline.name).join(', ') }),
    ...(article.bylines.length > 0 && {
      people: article.bylines.map((byline) => ({ name: byline.name, rel: 'author', ...(byline.authorSlug && { literal: byline.authorSlug }) })),
    }),
    subjects: [
      ...(article.section ? [{ name: article.section.name, literal: `section:${article.section.slug}`, rel: 'section' }] : []),
      ...article.tags.map((tag) => ({ name: tag.name, literal: `tag:${tag.slug}`, rel: 'about' })),
    ],
    renditions: [{ name: 'web', title: 'Article page', contentType: 'text/html', href: article.url }],
    ...(article.leadImage && {
      associations: [
        {
          name: 'leadImage',
          rel: 'featureimage',
          uri: article.leadImage.url,
          type: 'picture' as const,
          representationType: 'partial' as const,
          ...(article.leadImage.credit && { by: article.leadImage.credit }),
          ...(article.leadImage.caption && { descriptions: [{ role: 'caption', contentType: 'text/plain', value: article.leadImage.caption }] }),
          ...(article.leadImage.alt && { headlines: [{ role: 'alt', contentType: 'text/plain', value: article.leadImage.alt }] }),
          renditions: [
            {
              name: 'original',
              title: 'Original',
              href: article.leadImage.url,
              ...(article.leadImage.width && { width: article.leadImage.width }),
              ...(article.leadImage.height && { height: article.leadImage.height }),
            },
          ],
        },
      ],
    }),
  };
}

import { z } from 'zod';
import { NOTE_KINDS } from '../../article/update.schema';

/**
 * THE contract of the content API (/api/v1): the query parameters each endpoint takes and the JSON it
 * answers. Route handlers parse with these, the reads return these shapes, and the OpenAPI document
 * (openapi-document.ts) is generated from them, so the three cannot drift apart.
 */
/** The schemas the OpenAPI document names (components.schemas), by id. */
export const contentApiRegistry = z.registry<{ id: string }>();

const timestamp = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601, UTC' });
const slug = z.string().min(1).max(200);

export const pageQuerySchema = z.object({
  cursor: z.string().max(500).optional().meta({ description: 'The `nextCursor` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const articlesQuerySchema = pageQuerySchema.extend({
  section: slug.optional().meta({ description: 'Only articles in the section with this slug' }),
  tag: slug.optional().meta({ description: 'Only articles with the tag with this slug' }),
  author: slug.optional().meta({ description: 'Only articles by the author with this slug' }),
  updatedSince: timestamp.optional().meta({ description: 'Only articles changed at or after this time (for syncing)' }),
});
export type ArticlesQuery = z.infer<typeof articlesQuerySchema>;
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const apiSectionSchema = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), description: z.string(), url: z.url() })
  .register(contentApiRegistry, { id: 'Section' });
export const apiTagSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), url: z.url() }).register(contentApiRegistry, { id: 'Tag' });
export const apiAuthorSchema = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), jobTitle: z.string(), bio: z.string(), photoUrl: z.string().nullable(), url: z.url() })
  .register(contentApiRegistry, { id: 'Author' });

const bylineSchema = z.object({ name: z.string(), authorSlug: z.string().nullable().meta({ description: 'Null for an outside contributor' }) });

export const apiArticleSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    headline: z.string(),
    standfirst: z.string(),
    url: z.url(),
    section: z.object({ slug: z.string(), name: z.string() }).nullable(),
    tags: z.array(z.object({ slug: z.string(), name: z.string() })),
    bylines: z.array(bylineSchema),
    publishedAt: timestamp,
    contentUpdatedAt: timestamp.nullable().meta({ description: 'Last correction of the live text' }),
    updatedAt: timestamp,
    version: z.number().int(),
  })
  .register(contentApiRegistry, { id: 'ArticleSummary' });

export const apiArticleSchema = apiArticleSummarySchema
  .extend({
    bodyHtml: z.string().meta({ description: 'Sanitized HTML' }),
    leadImage: z
      .object({ url: z.url(), width: z.number().int().nullable(), height: z.number().int().nullable(), caption: z.string(), credit: z.string(), alt: z.string() })
      .nullable(),
    sources: z.array(z.object({ name: z.string(), url: z.string().nullable() })),
    notes: z
      .array(z.object({ kind: z.enum(NOTE_KINDS), text: z.string(), publishedAt: timestamp }))
      .meta({ description: 'Public notes published with updates (corrections, clarifications, updates, editor’s notes), newest first' }),
  })
  .register(contentApiRegistry, { id: 'Article' });

function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable().meta({ description: 'Null on the last page' }) }).register(contentApiRegistry, { id });
}
export const articlePageSchema = pageOf(apiArticleSummarySchema, 'ArticlePage');
export const sectionListSchema = z.object({ data: z.array(apiSectionSchema) }).register(contentApiRegistry, { id: 'SectionList' });
export const tagPageSchema = pageOf(apiTagSchema, 'TagPage');
export const authorPageSchema = pageOf(apiAuthorSchema, 'AuthorPage');
export const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).register(contentApiRegistry, { id: 'Error' });

export type ApiArticleSummary = z.infer<typeof apiArticleSummarySchema>;
export type ApiArticle = z.infer<typeof apiArticleSchema>;

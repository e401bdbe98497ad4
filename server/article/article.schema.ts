import { z } from 'zod';

/**
 * Input schemas for articles, shared by the desk's forms and the tRPC procedures. A draft may be
 * incomplete (blank headline, no section): completeness is checked by the workflow's preconditions when it
 * is submitted, approved, scheduled or published, where every missing item is listed at once.
 */
export const HEADLINE_MAX = 200;
/** Headlines longer than this still save, but the editor warns: they wrap badly and get cut in search. */
export const HEADLINE_ADVISED_MAX = 90;
export const STANDFIRST_MAX = 600;

export const articleIdSchema = z.string().uuid('Unknown article.');
export const expectedVersionSchema = z.number().int().positive();

export const slugSchema = z
  .string()
  .trim()
  .max(100, 'Keep the slug under 100 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens.');

const httpUrl = z
  .string()
  .trim()
  .url('Enter a full link, starting with https://')
  .refine((url) => /^https?:\/\//i.test(url), 'Links must start with http:// or https://');

export const bylineSchema = z.union([
  z.object({ userId: z.string().uuid() }),
  z.object({ contributorName: z.string().trim().min(1, 'Enter the contributor’s name.').max(120) }),
]);

export const sourceSchema = z.object({
  name: z.string().trim().min(1, 'Name the source.').max(120),
  url: httpUrl.nullable(),
});

export const leadImageSchema = z.object({
  assetId: z.string().uuid(),
  caption: z.string().trim().max(500),
  credit: z.string().trim().max(200),
  alt: z.string().trim().max(300),
});

export const articleContentSchema = z.object({
  headline: z.string().trim().max(HEADLINE_MAX, `Keep the headline under ${HEADLINE_MAX} characters.`),
  /** Empty: derived from the headline. */
  slug: z.union([slugSchema, z.literal('')]),
  standfirst: z.string().trim().max(STANDFIRST_MAX),
  /** Tiptap JSON; validated against the shared extension list by server/content/. */
  body: z.unknown(),
  sectionId: z.string().uuid().nullable(),
  tagIds: z.array(z.string().uuid()).max(20, 'Use at most 20 tags.'),
  bylines: z.array(bylineSchema).max(10),
  sources: z.array(sourceSchema).max(10),
  leadImage: leadImageSchema.nullable(),
});
export type ArticleContentInput = z.infer<typeof articleContentSchema>;

export const createArticleSchema = z.object({
  headline: z.string().trim().max(HEADLINE_MAX).default(''),
  sectionId: z.string().uuid().nullable().default(null),
});

export const saveArticleSchema = z.object({
  id: articleIdSchema,
  expectedVersion: expectedVersionSchema,
  content: articleContentSchema,
});

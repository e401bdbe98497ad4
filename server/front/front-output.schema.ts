import { z } from 'zod';
import { frontLayoutSchema } from './front-layout.schema';

const pictureSchema = z.object({
  src: z.string(),
  width: z.number(),
  height: z.number(),
  sources: z.array(z.object({ type: z.string(), srcSet: z.string() })),
  srcSet: z.string(),
});

const teaserSchema = z.object({
  id: z.string(),
  slug: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  section: z.object({ name: z.string(), slug: z.string() }).nullable(),
  bylines: z.array(z.object({ name: z.string(), authorSlug: z.string().nullable() })),
  publishedAt: z.date().nullable(),
  image: z.object({ picture: pictureSchema.nullable(), url: z.string(), width: z.number().nullable(), height: z.number().nullable(), alt: z.string() }).nullable(),
  pinned: z.boolean(),
});

/** A front as readers will see it (FrontPage of read-front.ts). */
export const frontPageSchema = z.object({
  title: z.string(),
  lead: teaserSchema.nullable(),
  top: z.array(teaserSchema),
  blocks: z.array(z.object({ key: z.string(), title: z.string(), href: z.string().nullable(), stories: z.array(teaserSchema) })),
});

export const frontStoryOptionSchema = z.object({ id: z.string(), headline: z.string(), publishedAt: z.date().nullable(), sectionName: z.string().nullable() });

/** What the desk's front editor opens with. */
export const frontForEditingSchema = z.object({
  ref: z.string(),
  title: z.string(),
  href: z.string(),
  isHome: z.boolean(),
  version: z.number(),
  layout: frontLayoutSchema,
  preview: frontPageSchema,
  /** The chosen stories, live or not (a story no longer live is marked so the editor can replace it). */
  chosen: z.array(z.object({ id: z.string(), headline: z.string(), live: z.boolean() })),
  sections: z.array(z.object({ id: z.string(), name: z.string() })),
  tags: z.array(z.object({ slug: z.string(), name: z.string() })),
});

export const frontListSchema = z.array(z.object({ ref: z.string(), title: z.string(), href: z.string(), version: z.number() }));

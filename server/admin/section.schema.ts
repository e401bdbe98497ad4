import { z } from 'zod';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const sectionIdSchema = z.object({ sectionId: z.string().uuid() });

export const sectionNameSchema = z
  .string()
  .trim()
  .min(1, 'Name the section.')
  .max(60, 'Keep section names under 60 characters.');

/** Empty means "make it from the name". */
export const sectionSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, 'Keep the address under 80 characters.')
  .refine((slug) => slug === '' || slugPattern.test(slug), 'Use lower-case letters, digits and single hyphens only.');

export const sectionDescriptionSchema = z.string().trim().max(500, 'Keep the description under 500 characters.');

export const createSectionSchema = z.object({
  name: sectionNameSchema,
  slug: sectionSlugSchema.default(''),
  description: sectionDescriptionSchema.default(''),
});
export type CreateSectionInput = z.infer<typeof createSectionSchema>;

/** Rename (name and/or address) and describe. A changed address keeps the old one redirecting. */
export const updateSectionSchema = z.object({
  sectionId: z.string().uuid(),
  name: sectionNameSchema,
  slug: sectionSlugSchema,
  description: sectionDescriptionSchema,
});
export type UpdateSectionInput = z.infer<typeof updateSectionSchema>;

export const reorderSectionsSchema = z.object({
  /** Every section's id, in the new order. */
  sectionIds: z.array(z.string().uuid()).min(1).max(500),
});

export const setSectionArchivedSchema = z.object({ sectionId: z.string().uuid(), archived: z.boolean() });

export const sectionRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  position: z.number().int(),
  archivedAt: z.date().nullable(),
  articleCount: z.number().int(),
  formerSlugs: z.array(z.string()),
});
export type SectionRow = z.infer<typeof sectionRowSchema>;

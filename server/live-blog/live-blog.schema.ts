import { z } from 'zod';
import { articleIdSchema, expectedVersionSchema } from '../article/article.schema';

/** Inputs and outputs of the live-blog procedures; the desk's forms validate with the same schemas. */
export const entryTextSchema = z.string().trim().min(1, 'Write the entry.').max(5000, 'An entry has at most 5,000 characters.');
const reason = z.string().trim().min(1, 'Give a reason: it is kept in the article\'s history.').max(2000);
const entry = { entryId: z.string().uuid('Unknown entry.'), expectedVersion: expectedVersionSchema };

export const setLiveBlogSchema = z.object({ id: articleIdSchema, expectedVersion: expectedVersionSchema, isLiveBlog: z.boolean() });
export const postEntrySchema = z.object({ articleId: articleIdSchema, text: entryTextSchema });
export const editEntrySchema = z.object({ ...entry, text: entryTextSchema, reason });
/** Removing a shown entry, rejecting a waiting one, or an author withdrawing theirs. */
export const removeEntrySchema = z.object({ ...entry, reason });
export const approveEntrySchema = z.object(entry);
export const pinEntrySchema = z.object({ ...entry, pinned: z.boolean() });

export const deskEntrySchema = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(['PENDING', 'POSTED', 'REMOVED']),
  pinned: z.boolean(),
  version: z.number(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.date(),
  postedAt: z.date().nullable(),
});
export type DeskEntry = z.infer<typeof deskEntrySchema>;

export const entryResultSchema = z.object({ id: z.string(), status: z.enum(['PENDING', 'POSTED', 'REMOVED']), version: z.number() });

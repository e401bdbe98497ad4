import { z } from 'zod';
import { articleIdSchema } from '../../article/article.schema';
import { changeEntry, type EntryRequest } from '../../live-blog/change-entry';
import { listDeskEntries } from '../../live-blog/list-entries';
import {
  approveEntrySchema,
  deskEntrySchema,
  editEntrySchema,
  entryResultSchema,
  pinEntrySchema,
  postEntrySchema,
  removeEntrySchema,
  setLiveBlogSchema,
} from '../../live-blog/live-blog.schema';
import { postEntry } from '../../live-blog/post-entry';
import { setLiveBlog } from '../../live-blog/set-live-blog';
import { staffProcedure, router } from '../trpc';

/**
 * Live blogs: acts on an article and its entries beside its workflow steps. Any staff member may call them:
 * THE rules (workflow/live-blog.ts, reading the permission table) say whether THIS
 * actor may do THIS to THIS article, with the reason.
 */
export const liveBlogRouter = router({
  setEnabled: staffProcedure
    .input(setLiveBlogSchema)
    .output(z.object({ id: z.string(), version: z.number(), isLiveBlog: z.boolean() }))
    .mutation(({ ctx, input }) =>
      setLiveBlog({ db: ctx.db, actor: ctx.actor, articleId: input.id, expectedVersion: input.expectedVersion, isLiveBlog: input.isLiveBlog, revalidate: ctx.revalidatePublicPages }),
    ),

  entries: staffProcedure
    .input(z.object({ articleId: articleIdSchema }))
    .output(z.array(deskEntrySchema))
    .query(({ ctx, input }) => listDeskEntries(ctx.db, { actor: ctx.actor, articleId: input.articleId })),

  post: staffProcedure
    .input(postEntrySchema)
    .output(entryResultSchema)
    .mutation(({ ctx, input }) => postEntry({ db: ctx.db, actor: ctx.actor, articleId: input.articleId, text: input.text, revalidate: ctx.revalidatePublicPages })),

  approve: entryStep(approveEntrySchema, () => ({ kind: 'approve' })),
  edit: entryStep(editEntrySchema, (input) => ({ kind: 'edit', text: input.text, reason: input.reason })),
  remove: entryStep(removeEntrySchema, (input) => ({ kind: 'remove', reason: input.reason })),
  pin: entryStep(pinEntrySchema, (input) => ({ kind: 'pin', pinned: input.pinned })),
});

/** An act on one entry (approve, edit, remove, pin): THE entry rules decide inside changeEntry. */
function entryStep<S extends z.ZodType<{ entryId: string; expectedVersion: number }>>(schema: S, toChange: (input: z.output<S>) => EntryRequest) {
  return staffProcedure
    .input(schema)
    .output(entryResultSchema)
    .mutation(({ ctx, input }) =>
      changeEntry({ db: ctx.db, actor: ctx.actor, entryId: input.entryId, expectedVersion: input.expectedVersion, change: toChange(input as z.output<S>), revalidate: ctx.revalidatePublicPages }),
    );
}

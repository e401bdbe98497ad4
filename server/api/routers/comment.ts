import { z } from 'zod';
import { addCommentSchema, commentSchema, setResolvedSchema } from '../../comment/comment.schema';
import { addComment, listComments, setCommentResolved } from '../../comment/comments';
import { router, staffProcedure } from '../trpc';

export const commentRouter = router({
  list: staffProcedure
    .input(z.object({ articleId: z.string().uuid() }))
    .output(z.array(commentSchema))
    .query(({ ctx, input }) => listComments(ctx.db, { actor: ctx.actor, articleId: input.articleId })),
  add: staffProcedure
    .input(addCommentSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => addComment(ctx.db, { actor: ctx.actor, input })),
  setResolved: staffProcedure
    .input(setResolvedSchema)
    .output(z.object({ id: z.string(), resolved: z.boolean() }))
    .mutation(({ ctx, input }) => setCommentResolved(ctx.db, { actor: ctx.actor, ...input })),
});

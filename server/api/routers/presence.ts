import { z } from 'zod';
import { beat, presenceSchema, takeOver } from '../../presence/presence';
import { deskWriteProcedure, router, staffProcedure } from '../trpc';

export const presenceRouter = router({
  beat: deskWriteProcedure
    .input(z.object({ articleId: z.string().uuid(), typing: z.boolean() }))
    .output(presenceSchema)
    .mutation(({ ctx, input }) => beat(ctx.db, { actor: ctx.actor, ...input })),
  takeOver: staffProcedure
    .input(z.object({ articleId: z.string().uuid() }))
    .output(z.object({ holdsLock: z.boolean() }))
    .mutation(({ ctx, input }) => takeOver(ctx.db, { actor: ctx.actor, articleId: input.articleId })),
});

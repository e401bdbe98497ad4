import { z } from 'zod';
import { beat, presenceSchema } from '../../presence/presence';
import { deskWriteProcedure, router } from '../trpc';

export const presenceRouter = router({
  beat: deskWriteProcedure
    .input(z.object({ articleId: z.string().uuid() }))
    .output(presenceSchema)
    .mutation(({ ctx, input }) => beat(ctx.db, { actor: ctx.actor, ...input })),
});

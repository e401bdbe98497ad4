import { z } from 'zod';
import { changePassword } from '../../auth/change-password';
import { changePasswordSchema } from '../../auth/change-password.schema';
import { router, staffProcedure } from '../trpc';

export const passwordRouter = router({
  /** One's own password (no user id in the input). Every other session ends; this one stays. */
  change: staffProcedure
    .input(changePasswordSchema)
    .output(z.object({ sessionsEnded: z.number().int() }))
    .mutation(({ ctx, input }) =>
      changePassword({
        db: ctx.db,
        limits: ctx.limits,
        actor: ctx.actor,
        sessionId: ctx.sessionId ?? null,
        currentPassword: input.currentPassword,
        password: input.password,
      }),
    ),
});

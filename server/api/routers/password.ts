import { z } from 'zod';
import { changePassword } from '../../auth/change-password';
import { changePasswordSchema } from '../../auth/change-password.schema';
import { router, staffProcedure } from '../trpc';

export const passwordRouter = router({
  /** One's own password (no user id in the input). Every session ends; the desk asks for the new one. */
  change: staffProcedure
    .input(changePasswordSchema)
    .output(z.void())
    .mutation(({ ctx, input }) =>
      changePassword({ db: ctx.db, limits: ctx.limits, actor: ctx.actor, currentPassword: input.currentPassword, password: input.password }),
    ),
});

import { z } from 'zod';
import { checkResetToken } from '../../admin/check-reset-token';
import { completePasswordReset } from '../../admin/complete-password-reset';
import { completePasswordResetSchema, resetTokenSchema, resetTokenStatusSchema } from '../../admin/staff.schema';
import { anonymousProcedure, router } from '../trpc';

/** Public on purpose: the person holding a set-password link is not signed in; the link is the credential. */
export const passwordResetRouter = router({
  check: anonymousProcedure
    .input(z.object({ token: resetTokenSchema }))
    .output(resetTokenStatusSchema)
    .query(({ ctx, input }) => checkResetToken({ db: ctx.db, token: input.token })),
  complete: anonymousProcedure
    .input(completePasswordResetSchema)
    .output(z.object({ email: z.string() }))
    .mutation(({ ctx, input }) => completePasswordReset({ db: ctx.db, token: input.token, password: input.password })),
});

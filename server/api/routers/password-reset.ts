import { z } from 'zod';
import { completePasswordReset } from '../../admin/complete-password-reset';
import { lookUpResetToken } from '../../admin/look-up-reset-token';
import { completePasswordResetSchema, resetTokenSchema, resetTokenStatusSchema } from '../../admin/staff.schema';
import { anonymousProcedure, router } from '../trpc';

/** Public on purpose: the person holding a set-password link is not signed in; the link is the credential. */
export const passwordResetRouter = router({
  check: anonymousProcedure
    .input(z.object({ token: resetTokenSchema }))
    .output(resetTokenStatusSchema)
    .query(({ ctx, input }) => lookUpResetToken({ db: ctx.db, limits: ctx.limits, ip: ctx.ip, token: input.token })),
  complete: anonymousProcedure
    .input(completePasswordResetSchema)
    .output(z.object({ email: z.string() }))
    .mutation(({ ctx, input }) => completePasswordReset({ db: ctx.db, limits: ctx.limits, ip: ctx.ip, token: input.token, password: input.password })),
});

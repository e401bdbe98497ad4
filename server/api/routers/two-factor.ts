import { z } from 'zod';
import { staffIdSchema } from '../../admin/staff.schema';
import { confirmTwoFactorEnrolment } from '../../auth/two-factor/confirm-enrolment';
import { disableTwoFactor } from '../../auth/two-factor/disable-two-factor';
import { resetTwoFactor } from '../../auth/two-factor/reset-two-factor';
import { startTwoFactorEnrolment } from '../../auth/two-factor/start-enrolment';
import { enrolmentSchema, twoFactorCodeSchema, twoFactorStatusSchema } from '../../auth/two-factor/two-factor.schema';
import { twoFactorStatus } from '../../auth/two-factor/two-factor-status';
import { procedureRequiring, router, signedInProcedure, staffProcedure } from '../trpc';

/**
 * Two-factor sign-in for the signed-in staff member (no user id in the input: only one's own). Status,
 * start and confirm are open to someone whose role requires two-factor and who has not set it up yet
 * (signedInProcedure): that is how they set it up.
 */
export const twoFactorRouter = router({
  status: signedInProcedure
    .input(z.void())
    .output(twoFactorStatusSchema)
    .query(({ ctx }) => twoFactorStatus(ctx.db, ctx.actor)),
  start: signedInProcedure
    .input(z.void())
    .output(enrolmentSchema)
    .mutation(({ ctx }) => startTwoFactorEnrolment({ db: ctx.db, actor: ctx.actor })),
  confirm: signedInProcedure
    .input(twoFactorCodeSchema)
    .output(z.object({ recoveryCodes: z.array(z.string()) }))
    .mutation(({ ctx, input }) => confirmTwoFactorEnrolment({ db: ctx.db, limits: ctx.limits, actor: ctx.actor, code: input.code, ip: ctx.ip })),
  disable: staffProcedure
    .input(twoFactorCodeSchema)
    .output(z.void())
    .mutation(({ ctx, input }) => disableTwoFactor({ db: ctx.db, limits: ctx.limits, actor: ctx.actor, code: input.code, ip: ctx.ip })),
  /** An admin removes someone's app and recovery codes (lost phone); their sessions end. Audited. */
  reset: procedureRequiring('staff.manage')
    .input(staffIdSchema)
    .output(z.void())
    .mutation(({ ctx, input }) => resetTwoFactor({ db: ctx.db, actor: ctx.actor, userId: input.userId })),
});

import { z } from 'zod';
import { changeStaffRole } from '../../admin/change-staff-role';
import { createResetLink } from '../../admin/create-reset-link';
import { endStaffSessions } from '../../admin/end-staff-sessions';
import { emailSetPasswordLink } from '../../admin/email-set-password-link';
import { inviteStaff } from '../../admin/invite-staff';
import { listStaff } from '../../admin/list-staff';
import { setStaffActive } from '../../admin/set-staff-active';
import {
  changeRoleSchema,
  inviteResultSchema,
  inviteStaffSchema,
  resetLinkResultSchema,
  setStaffActiveSchema,
  staffIdSchema,
  staffRowSchema,
} from '../../admin/staff.schema';
import { procedureRequiring, router } from '../trpc';

const staffManager = procedureRequiring('staff.manage');

export const staffRouter = router({
  list: staffManager
    .input(z.void())
    .output(z.array(staffRowSchema))
    .query(({ ctx }) => listStaff({ db: ctx.db })),
  invite: staffManager
    .input(inviteStaffSchema)
    .output(inviteResultSchema)
    .mutation(async ({ ctx, input }) => {
      const invited = await inviteStaff({ db: ctx.db, actor: ctx.actor, input });
      return { ...invited, delivery: await emailSetPasswordLink({ db: ctx.db, mailer: ctx.mailer ?? null, link: invited.link, kind: 'invite' }) };
    }),
  changeRole: staffManager
    .input(changeRoleSchema)
    .output(staffRowSchema)
    .mutation(({ ctx, input }) => changeStaffRole({ db: ctx.db, actor: ctx.actor, ...input })),
  setActive: staffManager
    .input(setStaffActiveSchema)
    .output(staffRowSchema)
    .mutation(({ ctx, input }) => setStaffActive({ db: ctx.db, actor: ctx.actor, ...input })),
  createResetLink: staffManager
    .input(staffIdSchema)
    .output(resetLinkResultSchema)
    .mutation(async ({ ctx, input }) => {
      const link = await createResetLink({ db: ctx.db, actor: ctx.actor, userId: input.userId });
      return { link, delivery: await emailSetPasswordLink({ db: ctx.db, mailer: ctx.mailer ?? null, link, kind: 'reset' }) };
    }),
  /** Signs a staff member out on every device (audited). */
  endSessions: staffManager
    .input(staffIdSchema)
    .output(z.object({ ended: z.number().int() }))
    .mutation(({ ctx, input }) => endStaffSessions({ db: ctx.db, actor: ctx.actor, userId: input.userId })),
});

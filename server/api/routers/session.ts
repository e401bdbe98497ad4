import { z } from 'zod';
import { ROLE_PERMISSIONS, ROLES } from '../../auth/permissions';
import { endOwnSession } from '../../session/end-own-session';
import { endUserSessions } from '../../session/end-user-sessions';
import { listOwnSessions } from '../../session/list-own-sessions';
import { ownSessionSchema, sessionIdSchema } from '../../session/session.schema';
import { anonymousProcedure, router, staffProcedure } from '../trpc';

const meOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    permissions: z.array(z.string()),
  })
  .nullable();

export const sessionRouter = router({
  /** Who is signed in, with the permissions the desk uses to decide what to show. */
  me: anonymousProcedure
    .input(z.void())
    .output(meOutput)
    .query(({ ctx }) =>
      ctx.actor ? { ...ctx.actor, permissions: [...ROLE_PERMISSIONS[ctx.actor.role]] } : null,
    ),
  /** The actor's own signed-in devices; no user id in the input, so nobody lists anyone else's. */
  list: staffProcedure
    .input(z.void())
    .output(z.array(ownSessionSchema))
    .query(({ ctx }) => listOwnSessions({ db: ctx.db, actor: ctx.actor, currentSessionId: ctx.sessionId ?? null })),
  end: staffProcedure
    .input(sessionIdSchema)
    .output(z.void())
    .mutation(({ ctx, input }) => endOwnSession({ db: ctx.db, actor: ctx.actor, sessionId: input.sessionId })),
  /** Signs the actor out on every device but this one. */
  endOthers: staffProcedure
    .input(z.void())
    .output(z.object({ ended: z.number().int() }))
    .mutation(async ({ ctx }) => ({
      ended: await endUserSessions(ctx.db, { userId: ctx.actor.id, exceptSessionId: ctx.sessionId ?? null }),
    })),
});


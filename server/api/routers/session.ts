import { z } from 'zod';
import { ROLE_PERMISSIONS, ROLES } from '../../auth/permissions';
import { anonymousProcedure, router } from '../trpc';

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
});

import { z } from 'zod';
import { getProfile } from '../../profile/get-profile';
import { profileInputSchema, profileSchema } from '../../profile/profile.schema';
import { updateProfile } from '../../profile/update-profile';
import { router, staffProcedure } from '../trpc';

/** Every staff member's own profile: no user id in the input, so nobody can edit anyone else's. */
export const profileRouter = router({
  get: staffProcedure
    .input(z.void())
    .output(profileSchema)
    .query(({ ctx }) => getProfile(ctx.db, { actor: ctx.actor })),
  update: staffProcedure
    .input(profileInputSchema)
    .output(profileSchema)
    .mutation(({ ctx, input }) => updateProfile({ db: ctx.db, actor: ctx.actor, input, revalidate: ctx.revalidatePublicPages })),
});

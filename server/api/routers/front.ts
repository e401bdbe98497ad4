import { z } from 'zod';
import { AppError } from '../../errors';
import { frontRefSchema, previewFrontSchema, saveFrontSchema, searchFrontStoriesSchema } from '../../front/front-layout.schema';
import { frontForEditingSchema, frontListSchema, frontPageSchema, frontStoryOptionSchema } from '../../front/front-output.schema';
import { findFrontTarget } from '../../front/front-target';
import { getFrontForEditing, listFronts } from '../../front/get-front-for-editing';
import { buildFrontPage } from '../../front/read-front';
import { saveFront } from '../../front/save-front';
import { searchFrontStories } from '../../front/search-front-stories';
import type { DbOrTx } from '../../db/client';
import { procedureRequiring, router } from '../trpc';

const arranger = procedureRequiring('front.arrange');

async function targetOf(db: DbOrTx, ref: string) {
  const target = await findFrontTarget(db, ref);
  if (!target) throw new AppError('NOT_FOUND', 'There is no such front.');
  return target;
}

/** The desk's front editor: the home page's and each section's arrangement. */
export const frontRouter = router({
  list: arranger
    .input(z.void())
    .output(frontListSchema)
    .query(({ ctx }) => listFronts(ctx.db)),
  get: arranger
    .input(frontRefSchema)
    .output(frontForEditingSchema)
    .query(async ({ ctx, input }) => getFrontForEditing(ctx.db, await targetOf(ctx.db, input.front))),
  /** The front as readers would see it with this (unsaved) layout. */
  preview: arranger
    .input(previewFrontSchema)
    .output(frontPageSchema)
    .query(async ({ ctx, input }) => buildFrontPage(ctx.db, await targetOf(ctx.db, input.front), input.layout)),
  searchStories: arranger
    .input(searchFrontStoriesSchema)
    .output(z.array(frontStoryOptionSchema))
    .query(({ ctx, input }) => searchFrontStories(ctx.db, input.query)),
  save: arranger
    .input(saveFrontSchema)
    .output(z.object({ version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const target = await targetOf(ctx.db, input.front);
      const result = await saveFront({ db: ctx.db, actor: ctx.actor, target, expectedVersion: input.expectedVersion, layout: input.layout });
      await ctx.revalidatePublicPages(target.tags);
      return result;
    }),
});

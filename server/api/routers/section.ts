import { z } from 'zod';
import { createSection } from '../../admin/create-section';
import { deleteSection } from '../../admin/delete-section';
import { listSections } from '../../admin/list-sections';
import { reorderSections } from '../../admin/reorder-sections';
import {
  createSectionSchema,
  reorderSectionsSchema,
  sectionIdSchema,
  sectionRowSchema,
  setSectionArchivedSchema,
  updateSectionSchema,
} from '../../admin/section.schema';
import { setSectionArchived } from '../../admin/set-section-archived';
import { updateSection } from '../../admin/update-section';
import { TAGS_TOUCHED_BY_SECTION_CHANGE } from '../../site/tags-touched';
import { procedureRequiring, router } from '../trpc';

const sectionManager = procedureRequiring('section.manage');

export const sectionRouter = router({
  list: sectionManager
    .input(z.void())
    .output(z.array(sectionRowSchema))
    .query(({ ctx }) => listSections({ db: ctx.db })),
  create: sectionManager
    .input(createSectionSchema)
    .output(sectionRowSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await createSection({ db: ctx.db, actor: ctx.actor, input });
      await ctx.revalidatePublicPages(TAGS_TOUCHED_BY_SECTION_CHANGE.create);
      return result;
    }),
  update: sectionManager
    .input(updateSectionSchema)
    .output(sectionRowSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await updateSection({ db: ctx.db, actor: ctx.actor, input });
      await ctx.revalidatePublicPages(TAGS_TOUCHED_BY_SECTION_CHANGE.update);
      return result;
    }),
  reorder: sectionManager
    .input(reorderSectionsSchema)
    .output(z.array(sectionRowSchema))
    .mutation(async ({ ctx, input }) => {
      const result = await reorderSections({ db: ctx.db, actor: ctx.actor, sectionIds: input.sectionIds });
      await ctx.revalidatePublicPages(TAGS_TOUCHED_BY_SECTION_CHANGE.reorder);
      return result;
    }),
  setArchived: sectionManager
    .input(setSectionArchivedSchema)
    .output(sectionRowSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await setSectionArchived({ db: ctx.db, actor: ctx.actor, ...input });
      await ctx.revalidatePublicPages(TAGS_TOUCHED_BY_SECTION_CHANGE.archive);
      return result;
    }),
  delete: sectionManager
    .input(sectionIdSchema)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const result = await deleteSection({ db: ctx.db, actor: ctx.actor, sectionId: input.sectionId });
      await ctx.revalidatePublicPages(TAGS_TOUCHED_BY_SECTION_CHANGE.delete);
      return result;
    }),
});

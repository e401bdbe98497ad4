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
    .mutation(({ ctx, input }) => createSection({ db: ctx.db, actor: ctx.actor, input })),
  update: sectionManager
    .input(updateSectionSchema)
    .output(sectionRowSchema)
    .mutation(({ ctx, input }) => updateSection({ db: ctx.db, actor: ctx.actor, input })),
  reorder: sectionManager
    .input(reorderSectionsSchema)
    .output(z.array(sectionRowSchema))
    .mutation(({ ctx, input }) => reorderSections({ db: ctx.db, actor: ctx.actor, sectionIds: input.sectionIds })),
  setArchived: sectionManager
    .input(setSectionArchivedSchema)
    .output(sectionRowSchema)
    .mutation(({ ctx, input }) => setSectionArchived({ db: ctx.db, actor: ctx.actor, ...input })),
  delete: sectionManager
    .input(sectionIdSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteSection({ db: ctx.db, actor: ctx.actor, sectionId: input.sectionId })),
});

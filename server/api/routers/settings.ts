import { z } from 'zod';
import { getSettings } from '../../admin/get-settings';
import { settingsSchema, updateSettingsSchema } from '../../admin/settings.schema';
import { updateSettings } from '../../admin/update-settings';
import { procedureRequiring, router } from '../trpc';

const settingsManager = procedureRequiring('settings.manage');

export const settingsRouter = router({
  get: settingsManager
    .input(z.void())
    .output(settingsSchema)
    .query(({ ctx }) => getSettings({ db: ctx.db })),
  update: settingsManager
    .input(updateSettingsSchema)
    .output(settingsSchema)
    .mutation(({ ctx, input }) => updateSettings({ db: ctx.db, actor: ctx.actor, input })),
});

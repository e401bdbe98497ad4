import { z } from 'zod';
import { getSettings } from '../../admin/get-settings';
import { publishChecklistSchema } from '../../checklist/publish-checklist.schema';
import { readPublishChecklist } from '../../checklist/read-publish-checklist';
import { updatePublishChecklist } from '../../checklist/update-publish-checklist';
import { settingsSchema, updateSettingsSchema } from '../../admin/settings.schema';
import { updateSettings } from '../../admin/update-settings';
import { env } from '../../env';
import { ssoConfig } from '../../sso/sso-config';
import { ssoSettingsInputSchema, ssoSettingsSchema } from '../../sso/sso-settings.schema';
import { setSsoCreatesAccounts } from '../../sso/set-sso-creates-accounts';
import { TAGS_TOUCHED_BY_SETTINGS_CHANGE } from '../../site/tags-touched';
import { newsroomSettings } from '../../site/published-articles';
import { procedureRequiring, router, staffProcedure } from '../trpc';

const settingsManager = procedureRequiring('settings.manage');

export const settingsRouter = router({
  /** What every desk page shows times with: the newsroom's name and clock. */
  newsroom: staffProcedure
    .input(z.void())
    .output(z.object({ name: z.string(), timeZone: z.string() }))
    .query(async ({ ctx }) => {
      const { name, timeZone } = await newsroomSettings(ctx.db);
      return { name, timeZone };
    }),
  get: settingsManager
    .input(z.void())
    .output(settingsSchema)
    .query(({ ctx }) => getSettings({ db: ctx.db })),
  update: settingsManager
    .input(updateSettingsSchema)
    .output(settingsSchema)
    .mutation(async ({ ctx, input }) => {
      const settings = await updateSettings({ db: ctx.db, actor: ctx.actor, input });
      await ctx.revalidatePublicPages(TAGS_TOUCHED_BY_SETTINGS_CHANGE);
      return settings;
    }),
  /** The pre-publish checklist as configured (each article's standing is in article.get). */
  checklist: settingsManager
    .input(z.void())
    .output(publishChecklistSchema)
    .query(({ ctx }) => readPublishChecklist(ctx.db)),
  updateChecklist: settingsManager
    .input(publishChecklistSchema)
    .output(publishChecklistSchema)
    .mutation(({ ctx, input }) => updatePublishChecklist({ db: ctx.db, actor: ctx.actor, checklist: input })),
  /** Single sign-on as this server is configured, and whether it lets in people with no account yet. */
  sso: settingsManager
    .input(z.void())
    .output(ssoSettingsSchema)
    .query(async ({ ctx }) => {
      const config = ssoConfig(env());
      const row = await ctx.db.newsroomSettings.findUnique({ where: { id: 1 }, select: { ssoCreatesAccounts: true } });
      return { configured: config !== null, name: config?.name ?? '', createsAccounts: row?.ssoCreatesAccounts ?? false };
    }),
  setSsoCreatesAccounts: settingsManager
    .input(ssoSettingsInputSchema)
    .output(z.void())
    .mutation(({ ctx, input }) => setSsoCreatesAccounts({ db: ctx.db, actor: ctx.actor, createsAccounts: input.createsAccounts })),
});

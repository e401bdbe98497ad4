import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { getSettings } from './get-settings';
import { recordAudit } from './record-audit';
import type { Settings, UpdateSettingsInput } from './settings.schema';

/** Saves the newsroom settings (the single row id 1), with the before/after in the audit log. */
export async function updateSettings({ db, actor, input }: { db: Db; actor: Actor; input: UpdateSettingsInput }): Promise<Settings> {
  return db.$transaction(async (tx) => {
    // Locked before "before" is read, so two admins saving at once are logged in the order they applied.
    // (Without a row yet the defaults are in force; the upsert then creates it.)
    await tx.$queryRaw`SELECT id FROM "NewsroomSettings" WHERE id = 1 FOR UPDATE`;
    const before = await getSettings({ db: tx });
    if (
      before.name === input.name &&
      before.timeZone === input.timeZone &&
      before.fourEyesApproval === input.fourEyesApproval &&
      before.twoFactorRoles.join() === input.twoFactorRoles.join()
    ) {
      return before; // nothing to change, nothing to log
    }
    const after = await tx.newsroomSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...input },
      update: input,
      select: { name: true, timeZone: true, fourEyesApproval: true, twoFactorRoles: true },
    });
    await recordAudit(tx, { actor, action: 'settings.updated', targetType: 'settings', targetId: '1', before, after });
    return after;
  });
}

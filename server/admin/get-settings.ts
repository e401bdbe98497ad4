import type { DbOrTx } from '../db/client';
import { newsroomSettings } from '../site/published-articles';
import type { Settings } from './settings.schema';

export async function getSettings({ db }: { db: DbOrTx }): Promise<Settings> {
  const { name, timeZone, fourEyesApproval, twoFactorRoles } = await newsroomSettings(db);
  return { name, timeZone, fourEyesApproval, twoFactorRoles };
}

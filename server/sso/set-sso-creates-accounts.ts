import { recordAudit } from '../admin/record-audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';

/**
 * The admin's switch: whether a single sign-on by someone with no staff account creates one (as a
 * journalist) or is refused. Audited with before and after.
 */
export async function setSsoCreatesAccounts({ db, actor, createsAccounts }: { db: Db; actor: Actor; createsAccounts: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "NewsroomSettings" WHERE id = 1 FOR UPDATE`;
    const before = (await tx.newsroomSettings.findUnique({ where: { id: 1 }, select: { ssoCreatesAccounts: true } }))?.ssoCreatesAccounts ?? false;
    if (before === createsAccounts) return;
    await tx.newsroomSettings.upsert({ where: { id: 1 }, create: { id: 1, ssoCreatesAccounts: createsAccounts }, update: { ssoCreatesAccounts: createsAccounts } });
    await recordAudit(tx, {
      actor,
      action: 'settings.sso_accounts_changed',
      targetType: 'settings',
      targetId: '1',
      before: { ssoCreatesAccounts: before },
      after: { ssoCreatesAccounts: createsAccounts },
    });
  });
}

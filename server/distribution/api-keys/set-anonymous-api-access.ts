import { recordAudit } from '../../admin/record-audit';
import type { Actor } from '../../auth/actor';
import type { Db, DbOrTx } from '../../db/client';

/** Whether the content API answers requests without a key (the newsroom setting; on unless turned off). */
export async function readAnonymousApiAccess(db: DbOrTx): Promise<boolean> {
  const settings = await db.newsroomSettings.findUnique({ where: { id: 1 }, select: { apiAnonymousAccess: true } });
  return settings?.apiAnonymousAccess ?? true;
}

/** Turns access without a key on or off, audited; applies from the next request. */
export async function setAnonymousApiAccess({ db, actor, allowed }: { db: Db; actor: Actor; allowed: boolean }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await readAnonymousApiAccess(tx);
    if (before === allowed) return allowed;
    await tx.newsroomSettings.upsert({ where: { id: 1 }, create: { id: 1, apiAnonymousAccess: allowed }, update: { apiAnonymousAccess: allowed } });
    await recordAudit(tx, { actor, action: 'settings.updated', targetType: 'settings', targetId: '1', before: { apiAnonymousAccess: before }, after: { apiAnonymousAccess: allowed } });
    return allowed;
  });
}

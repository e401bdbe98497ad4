import { recordAudit } from '../admin/record-audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import type { PublishChecklist } from './publish-checklist.schema';
import { readPublishChecklist } from './read-publish-checklist';

/**
 * Saves the newsroom's pre-publish checklist, audited with before and after. Articles already approved or
 * scheduled are not re-checked here: each is checked when it is next scheduled or published, and the
 * scheduler holds a due article that no longer meets a required item (run-due-work.ts).
 */
export async function updatePublishChecklist({
  db,
  actor,
  checklist,
}: {
  db: Db;
  actor: Actor;
  checklist: PublishChecklist;
}): Promise<PublishChecklist> {
  return db.$transaction(async (tx) => {
    // Locked before "before" is read, so two admins saving at once are logged in the order they applied.
    await tx.$queryRaw`SELECT id FROM "NewsroomSettings" WHERE id = 1 FOR UPDATE`;
    const before = await readPublishChecklist(tx);
    if (JSON.stringify(before) === JSON.stringify(checklist)) return before;
    await tx.newsroomSettings.upsert({
      where: { id: 1 },
      create: { id: 1, publishChecklist: checklist },
      update: { publishChecklist: checklist },
    });
    await recordAudit(tx, {
      actor,
      action: 'settings.checklist_changed',
      targetType: 'settings',
      targetId: '1',
      before,
      after: checklist,
    });
    return checklist;
  });
}

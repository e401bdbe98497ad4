import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { recordWebhookEvent } from '../distribution/webhooks/record-webhook-event';
import { sectionEventData } from '../distribution/webhooks/webhook-payloads';
import { recordAudit } from './record-audit';
import type { SectionRow } from './section.schema';
import { getSectionRow } from './section-row';
import { lockSection } from './lock-section';

/**
 * Archives (or brings back) a section. Archiving only takes it out of navigation and out of the section
 * picker for new articles: its page, its old addresses and its published articles stay where they are.
 */
export async function setSectionArchived({
  db,
  actor,
  sectionId,
  archived,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  sectionId: string;
  archived: boolean;
  now?: Date;
}): Promise<SectionRow> {
  return db.$transaction(async (tx) => {
    const before = await lockSection(tx, sectionId);
    if ((before.archivedAt !== null) === archived) return getSectionRow(tx, sectionId); // already so: nothing to record
    const after = await tx.section.update({ where: { id: sectionId }, data: { archivedAt: archived ? now : null }, select: { name: true, slug: true, archivedAt: true } });
    await recordWebhookEvent(tx, { type: 'section.updated', subject: { kind: 'section', id: sectionId }, data: sectionEventData({ id: sectionId, ...after, archived }) }, now);
    await recordAudit(tx, {
      actor,
      action: archived ? 'section.archived' : 'section.unarchived',
      targetType: 'section',
      targetId: sectionId,
      before: { archivedAt: before.archivedAt?.toISOString() ?? null },
      after: { archivedAt: after.archivedAt?.toISOString() ?? null },
    });
    return getSectionRow(tx, sectionId);
  });
}

import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { recordWebhookEvent } from '../distribution/webhooks/record-webhook-event';
import { sectionEventData } from '../distribution/webhooks/webhook-payloads';
import { recordAudit } from './record-audit';
import { lockSection } from './lock-section';

export const SECTION_HAS_ARTICLES =
  'This section has articles, so it cannot be deleted (their addresses and history depend on it). Archive it instead: it leaves the navigation and the section picker, and its articles stay online.';

/** Deletes an empty section. One with any article, in any state, can only be archived. */
export async function deleteSection({ db, actor, sectionId }: { db: Db; actor: Actor; sectionId: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const before = await lockSection(tx, sectionId);
    // Counted after the lock; the foreign key (onDelete: Restrict) refuses a racing new article regardless.
    const articles = await tx.article.count({ where: { sectionId } });
    if (articles > 0) throw new AppError('PRECONDITION_FAILED', SECTION_HAS_ARTICLES, { problems: [`${articles} article(s) in “${before.name}”`] });
    await tx.section.delete({ where: { id: sectionId } });
    await recordWebhookEvent(tx, { type: 'section.deleted', subject: { kind: 'section', id: sectionId }, data: sectionEventData(before) });
    await recordAudit(tx, {
      actor,
      action: 'section.deleted',
      targetType: 'section',
      targetId: sectionId,
      before: { name: before.name, slug: before.slug, description: before.description, position: before.position },
    });
    return { id: sectionId };
  });
}

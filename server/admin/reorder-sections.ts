import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { recordWebhookEvents } from '../distribution/webhooks/record-webhook-event';
import { sectionEventData } from '../distribution/webhooks/webhook-payloads';
import { recordAudit } from './record-audit';
import type { SectionRow } from './section.schema';
import { listSections } from './list-sections';

/** Sets the navigation order: `sectionIds` must list every section exactly once. */
export async function reorderSections({ db, actor, sectionIds }: { db: Db; actor: Actor; sectionIds: string[] }): Promise<SectionRow[]> {
  return db.$transaction(async (tx) => {
    // All rows locked, in a fixed order: a concurrent reorder or create waits instead of interleaving.
    await tx.$queryRaw`SELECT id FROM "Section" ORDER BY id FOR UPDATE`;
    const current = await tx.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } });
    const known = new Set(current.map((section) => section.id));
    const unique = new Set(sectionIds);
    if (unique.size !== sectionIds.length || unique.size !== known.size || sectionIds.some((id) => !known.has(id))) {
      throw new AppError('CONFLICT', 'The list of sections changed meanwhile; reload and try again.');
    }
    for (const [position, id] of sectionIds.entries()) {
      await tx.section.update({ where: { id }, data: { position } });
    }
    const moved = await tx.section.findMany({ where: { id: { in: sectionIds } }, select: { id: true, name: true, slug: true, archivedAt: true } });
    await recordWebhookEvents(tx, moved.map((section) => ({ type: 'section.updated' as const, subject: { kind: 'section' as const, id: section.id }, data: sectionEventData({ ...section, archived: section.archivedAt !== null }) })));
    const nameOf = new Map(current.map((section) => [section.id, section.name]));
    // Names for people reading the log, ids for tools.
    await recordAudit(tx, {
      actor,
      action: 'section.reordered',
      targetType: 'section',
      targetId: null,
      before: { order: current.map((section) => section.name), ids: current.map((section) => section.id) },
      after: { order: sectionIds.map((id) => nameOf.get(id) ?? id), ids: sectionIds },
    });
    return listSections({ db: tx });
  });
}

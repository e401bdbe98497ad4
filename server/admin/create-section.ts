import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { recordWebhookEvent } from '../distribution/webhooks/record-webhook-event';
import { sectionEventData } from '../distribution/webhooks/webhook-payloads';
import { isUniqueViolation, recordAudit } from './record-audit';
import type { CreateSectionInput, SectionRow } from './section.schema';
import { getSectionRow } from './section-row';
import { assertSectionNameFree, claimSectionSlug } from './section-slug';

/** Adds a section at the end of the navigation, with its AuditEvent in the same transaction. */
export async function createSection({ db, actor, input }: { db: Db; actor: Actor; input: CreateSectionInput }): Promise<SectionRow> {
  try {
    return await db.$transaction(async (tx) => {
      await assertSectionNameFree(tx, { name: input.name, sectionId: null });
      const slug = await claimSectionSlug(tx, { requested: input.slug, name: input.name, sectionId: null });
      const last = await tx.section.aggregate({ _max: { position: true } });
      const section = await tx.section.create({
        data: { name: input.name, slug, description: input.description, position: (last._max.position ?? -1) + 1 },
        select: { id: true, name: true, slug: true, description: true, position: true },
      });
      await recordWebhookEvent(tx, { type: 'section.created', subject: { kind: 'section', id: section.id }, data: sectionEventData(section) });
      await recordAudit(tx, { actor, action: 'section.created', targetType: 'section', targetId: section.id, after: section });
      return getSectionRow(tx, section.id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'Another section with this name or address was just created.');
    throw error;
  }
}

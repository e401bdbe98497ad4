import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { recordWebhookEvent } from '../distribution/webhooks/record-webhook-event';
import { sectionEventData } from '../distribution/webhooks/webhook-payloads';
import { isUniqueViolation, recordAudit } from './record-audit';
import type { SectionRow, UpdateSectionInput } from './section.schema';
import { getSectionRow } from './section-row';
import { assertSectionNameFree, claimSectionSlug } from './section-slug';
import { lockSection } from './lock-section';

/**
 * Renames and/or describes a section. When its address changes, the old one is kept in
 * SectionSlugRedirect so links already out there (search engines, shares, feeds) keep working.
 */
export async function updateSection({ db, actor, input }: { db: Db; actor: Actor; input: UpdateSectionInput }): Promise<SectionRow> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await lockSection(tx, input.sectionId);
      await assertSectionNameFree(tx, { name: input.name, sectionId: before.id });
      const slug = await claimSectionSlug(tx, { requested: input.slug, name: input.name, sectionId: before.id });
      if (slug !== before.slug) {
        await tx.sectionSlugRedirect.upsert({
          where: { slug: before.slug },
          create: { slug: before.slug, sectionId: before.id },
          update: { sectionId: before.id },
        });
        // Renamed back to an address it had before: that address is its own again, not a redirect.
        await tx.sectionSlugRedirect.deleteMany({ where: { slug, sectionId: before.id } });
      }
      const { archivedAt, ...after } = await tx.section.update({
        where: { id: before.id },
        data: { name: input.name, slug, description: input.description },
        select: { name: true, slug: true, description: true, archivedAt: true },
      });
      await recordWebhookEvent(tx, { type: 'section.updated', subject: { kind: 'section', id: before.id }, data: sectionEventData({ id: before.id, ...after, archived: archivedAt !== null }) });
      await recordAudit(tx, {
        actor,
        action: 'section.updated',
        targetType: 'section',
        targetId: before.id,
        before: { name: before.name, slug: before.slug, description: before.description },
        after,
      });
      return getSectionRow(tx, before.id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'Another section with this name or address was just saved.');
    throw error;
  }
}

import type { Tx } from '../db/client';
import { AppError } from '../errors';

/** Locks a section row for the rest of the transaction (concurrent admin edits queue), then reads it. */
export async function lockSection(tx: Tx, sectionId: string) {
  // Locked before it is read on purpose: two admins editing at once must not both start from one "before".
  await tx.$queryRaw`SELECT id FROM "Section" WHERE id = ${sectionId}::uuid FOR UPDATE`;
  const section = await tx.section.findUnique({
    where: { id: sectionId },
    select: { id: true, name: true, slug: true, description: true, position: true, archivedAt: true },
  });
  if (!section) throw new AppError('NOT_FOUND', 'This section no longer exists.');
  return section;
}

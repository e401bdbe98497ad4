import type { Tx } from '../db/client';
import { AppError } from '../errors';
import { toSlug } from '../text/slug';

/**
 * The address a section will live at: the one typed, else one made from the name. Refused when another
 * section holds it now or held it before (taking it would break that section's old links).
 */
export async function claimSectionSlug(
  tx: Tx,
  { requested, name, sectionId }: { requested: string; name: string; sectionId: string | null },
): Promise<string> {
  const slug = requested || toSlug(name);
  if (!slug) throw new AppError('BAD_REQUEST', 'Give the section an address with letters or digits.');
  const holder = await tx.section.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (holder && holder.id !== sectionId) {
    throw new AppError('CONFLICT', `The address "${slug}" is already used by the section “${holder.name}”.`);
  }
  const former = await tx.sectionSlugRedirect.findUnique({ where: { slug }, select: { sectionId: true, section: { select: { name: true } } } });
  if (former && former.sectionId !== sectionId) {
    throw new AppError('CONFLICT', `The address "${slug}" still redirects to the section “${former.section.name}”; pick another.`);
  }
  return slug;
}

export async function assertSectionNameFree(tx: Tx, { name, sectionId }: { name: string; sectionId: string | null }) {
  const holder = await tx.section.findFirst({
    where: { name: { equals: name, mode: 'insensitive' }, ...(sectionId ? { id: { not: sectionId } } : {}) },
    select: { id: true },
  });
  if (holder) throw new AppError('CONFLICT', `There is already a section called “${name}”.`);
}

import type { DbOrTx } from '../db/client';

/** A section by its slug, or by a slug it had before a rename (then `redirectTo` is the current one). */
export async function findSection(db: DbOrTx, slug: string) {
  const section = await db.section.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
  if (section) return { section, redirectTo: null };
  const former = await db.sectionSlugRedirect.findUnique({ where: { slug }, select: { section: { select: { slug: true } } } });
  return { section: null, redirectTo: former?.section.slug ?? null };
}

export function findTag(db: DbOrTx, slug: string) {
  return db.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
}

/** Public author pages show active and former staff alike: bylines outlive accounts. */
export function findAuthor(db: DbOrTx, slug: string) {
  return db.user.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, jobTitle: true, bio: true, photoUrl: true } });
}

/** Sections in navigation order (archived ones are left out of navigation, their pages stay). */
export function listNavigationSections(db: DbOrTx) {
  return db.section.findMany({ where: { archivedAt: null }, orderBy: { position: 'asc' }, select: { id: true, name: true, slug: true } });
}

import type { DbOrTx } from '../db/client';
import { publishedScope } from './published-articles';

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

/**
 * A public author page exists only for someone with at least one live article: a staff account alone
 * (an admin, a journalist still drafting, a deactivated account) publishes nobody's name. Former staff keep
 * theirs while their work is live: bylines outlive accounts. Same rule as the sitemap's author list.
 */
export function findAuthor(db: DbOrTx, slug: string) {
  return db.user.findFirst({ where: { slug, bylines: { some: { article: publishedScope } } }, select: { id: true, name: true, slug: true, jobTitle: true, bio: true, photoUrl: true } });
}

/** Sections in navigation order (archived ones are left out of navigation, their pages stay). */
export function listNavigationSections(db: DbOrTx) {
  return db.section.findMany({ where: { archivedAt: null }, orderBy: { position: 'asc' }, select: { id: true, name: true, slug: true } });
}

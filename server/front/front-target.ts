import type { DbOrTx } from '../db/client';
import { cacheTags } from '../site/cache-tags';
import { findSection } from '../site/site-pages';

/** The home page's front is named by this key; a section's by the section's id. */
export const HOME_FRONT = 'home';

/** A front as the desk and the public pages name it. */
export type FrontTarget = {
  /** Front.key: "home" or the section's id. */
  key: string;
  /** null: the home page. */
  sectionId: string | null;
  /** The desk's address part: "home" or the section's slug. */
  ref: string;
  title: string;
  /** The public page's address. */
  href: string;
  /** The cache tags of the public page showing it. */
  tags: string[];
};

export function homeFront(): FrontTarget {
  return { key: HOME_FRONT, sectionId: null, ref: HOME_FRONT, title: 'Home', href: '/', tags: [cacheTags.home] };
}

export function sectionFront(section: { id: string; name: string; slug: string }): FrontTarget {
  return { key: section.id, sectionId: section.id, ref: section.slug, title: section.name, href: `/sections/${section.slug}`, tags: [cacheTags.section(section.slug)] };
}

/** "home" or a section's current slug; null when there is no such section. */
export async function findFrontTarget(db: DbOrTx, ref: string): Promise<FrontTarget | null> {
  if (ref === HOME_FRONT) return homeFront();
  const { section } = await findSection(db, ref);
  return section && sectionFront(section);
}

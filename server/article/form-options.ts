import type { DbOrTx } from '../db/client';

/** What the article form offers: open sections, every tag, and active staff to credit. */
export async function articleFormOptions(db: DbOrTx) {
  const [sections, tags, staff] = await Promise.all([
    db.section.findMany({ where: { archivedAt: null }, orderBy: { position: 'asc' }, select: { id: true, name: true } }),
    db.tag.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.user.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { sections, tags, staff };
}

import type { DbOrTx } from '../db/client';
import type { SectionRow } from './section.schema';
import { sectionRowSelect, toSectionRow } from './section-row';

/** Every section, archived ones included, in navigation order. */
export async function listSections({ db }: { db: DbOrTx }): Promise<SectionRow[]> {
  const sections = await db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: sectionRowSelect });
  return sections.map(toSectionRow);
}

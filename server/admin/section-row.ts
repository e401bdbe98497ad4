import type { DbOrTx } from '../db/client';
import type { SectionRow } from './section.schema';

/** The fields an admin sees about a section (selected explicitly: no raw rows leave the server). */
export const sectionRowSelect = {
  id: true,
  name: true,
  slug: true,
  description: true,
  position: true,
  archivedAt: true,
  _count: { select: { articles: true } },
  formerSlugs: { orderBy: { createdAt: 'desc' }, select: { slug: true } },
} as const;

type SelectedSection = {
  id: string;
  name: string;
  slug: string;
  description: string;
  position: number;
  archivedAt: Date | null;
  _count: { articles: number };
  formerSlugs: { slug: string }[];
};

export function toSectionRow({ _count, formerSlugs, ...section }: SelectedSection): SectionRow {
  return { ...section, articleCount: _count.articles, formerSlugs: formerSlugs.map((former) => former.slug) };
}

export async function getSectionRow(db: DbOrTx, sectionId: string): Promise<SectionRow> {
  const section = await db.section.findUniqueOrThrow({ where: { id: sectionId }, select: sectionRowSelect });
  return toSectionRow(section);
}

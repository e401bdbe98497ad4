import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { toSlug } from '../text/slug';

export const createTagSchema = z.object({ name: z.string().trim().min(1, 'Name the tag.').max(60, 'Keep tag names under 60 characters.') });

/**
 * Editors and admins may add tags; journalists pick from the existing ones (a tag list that grows by
 * every spelling of "Ukraine" is no use to readers). An existing tag with the same name is returned as is.
 */
export async function createTag(db: DbOrTx, { actor, name }: { actor: Actor; name: string }) {
  if (!can(actor.role, 'tag.create')) throw new AppError('FORBIDDEN', 'Only editors can create new tags; pick an existing one.');
  const slug = toSlug(name);
  if (!slug) throw new AppError('BAD_REQUEST', 'A tag name needs letters or digits.');
  const existing = await db.tag.findFirst({ where: { OR: [{ slug }, { name: { equals: name, mode: 'insensitive' } }] }, select: { id: true, name: true } });
  if (existing) return existing;
  return db.tag.upsert({ where: { slug }, create: { name, slug }, update: {}, select: { id: true, name: true } });
}

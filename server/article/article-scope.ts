import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { Prisma } from '../db/generated/client';

/**
 * Which articles an actor may see in the desk. Every desk read goes through this (or through a loader
 * that uses it), so a journalist cannot read a colleague's unpublished draft by guessing its id.
 * Editors and admins see everything; journalists see what they have a byline on, what they started,
 * and what is live.
 */
export function articleWhereForActor(actor: Actor): Prisma.ArticleWhereInput {
  if (can(actor.role, 'article.editAny')) return {};
  return {
    OR: [{ bylines: { some: { userId: actor.id } } }, { createdById: actor.id }, { state: 'PUBLISHED' }],
  };
}

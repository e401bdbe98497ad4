import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { Prisma } from '../db/generated/client';

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

/**
 * The same rule as SQL over `"Article" a`, for the raw search query (article-list-sql.ts), which Prisma's
 * query builder cannot express. Kept beside the Prisma form so the two are changed together;
 * article-list.int.test.ts checks that they select the same articles.
 */
export function articleScopeSql(actor: Actor): Prisma.Sql {
  if (can(actor.role, 'article.editAny')) return Prisma.sql`TRUE`;
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM "Byline" b WHERE b."articleId" = a.id AND b."userId" = ${actor.id}::uuid)
    OR a."createdById" = ${actor.id}::uuid
    OR a.state = 'PUBLISHED'
  )`;
}

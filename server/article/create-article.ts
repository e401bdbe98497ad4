import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { EMPTY_ARTICLE_BODY } from '../content/article-body';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { toSlug } from '../text/slug';
import type { createArticleSchema } from './article.schema';
import { recordContributions } from './workflow-facts';

/** Starts a draft with the actor as its first byline, so it is theirs to edit and submit. */
export async function createArticle({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: z.infer<typeof createArticleSchema>;
}): Promise<{ id: string; slug: string; version: number }> {
  if (!can(actor.role, 'article.create')) throw new AppError('FORBIDDEN', 'Your role cannot start articles.');
  // A short random suffix keeps draft slugs unique without a read-then-write race; the editor can
  // change the slug later, and it is checked for uniqueness then.
  const slug = `${toSlug(input.headline) || 'untitled'}-${randomBytes(3).toString('hex')}`;
  return db.$transaction(async (tx) => {
    if (input.sectionId) await assertSectionOpen(tx, input.sectionId);
    const article = await tx.article.create({
      data: {
        slug,
        headline: input.headline,
        body: EMPTY_ARTICLE_BODY,
        sectionId: input.sectionId,
        createdById: actor.id,
        lastModifiedById: actor.id,
        bylines: { create: [{ position: 0, userId: actor.id }] },
      },
      select: { id: true, slug: true, version: true },
    });
    await tx.articleEvent.create({
      data: { articleId: article.id, actorId: actor.id, action: 'create', toState: 'DRAFT' },
    });
    await recordContributions(tx, { articleId: article.id, writerId: actor.id, isCorrection: false, bylineUserIds: [actor.id] });
    return article;
  });
}

/** A new article goes into a section that exists and is not archived (checked here, not left to the foreign key). */
async function assertSectionOpen(tx: Tx, sectionId: string) {
  const section = await tx.section.findUnique({ where: { id: sectionId }, select: { archivedAt: true } });
  if (!section) throw new AppError('BAD_REQUEST', 'The chosen section does not exist.', { problems: ['Pick a section from the list'] });
  if (section.archivedAt) throw new AppError('BAD_REQUEST', 'The chosen section is archived; pick another.', { problems: ['Pick a section that is not archived'] });
}

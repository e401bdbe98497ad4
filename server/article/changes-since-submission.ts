import { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { assertCanSee, diffTexts, revisionDiffSchema, revisionIdOf, snapshotContent, textsOf } from './revisions';

export const changesSinceSubmissionSchema = z
  .object({
    /** When the text compared against was submitted, and by whom. */
    submittedAt: z.date(),
    submittedBy: z.string(),
    changed: z.boolean(),
    diff: revisionDiffSchema,
  })
  .nullable();

/**
 * What changed since the previous submission: the text as it was submitted the time before the latest
 * (the revision that submit event acted on) against the text as it stands. For the reviewer of a
 * resubmitted piece, who should not have to reread it all. Null when it was submitted at most once.
 */
export async function changesSinceLastSubmission(db: DbOrTx, { actor, articleId }: { actor: Actor; articleId: string }) {
  await assertCanSee(db, actor, articleId);
  const submits = await db.articleEvent.findMany({
    where: { articleId, action: 'submit' },
    orderBy: { createdAt: 'desc' },
    take: 2,
    select: { data: true, createdAt: true, actorId: true, actor: { select: { name: true } } },
  });
  const previous = submits[1];
  const revisionId = previous ? revisionIdOf(previous.data) : null;
  if (!previous || !revisionId) return null;
  const revision = await db.articleRevision.findFirst({ where: { id: revisionId, articleId }, select: { snapshot: true } });
  if (!revision) return null;
  const now = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { headline: true, standfirst: true, bodyText: true } });
  const diff = diffTexts(textsOf(snapshotContent(revision.snapshot)), now);
  return {
    submittedAt: previous.createdAt,
    submittedBy: previous.actor?.name ?? (previous.actorId ? 'Former staff member' : 'the desk'),
    changed: diff.some((field) => field.parts.some((part) => part.change !== 'same')),
    diff,
  };
}

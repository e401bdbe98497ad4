import { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { newsroomSettings } from '../site/published-articles';
import { authorizeTransition } from '../workflow/decide';
import { staffBylineIds, toContributions } from './workflow-facts';

export const reviewNoteSchema = z.object({
  id: z.string(),
  /** When it was last submitted: how long it has waited for a reviewer. */
  waitingSince: z.date(),
  /** Why this person may not approve it (the four-eyes rule), or null. */
  cannotApprove: z.string().nullable(),
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

/**
 * For the dashboard's review queue: since when each piece has waited, and which ones this reviewer may
 * not approve, judged by the same authorizeTransition the approve step runs.
 */
export async function reviewQueueNotes(db: DbOrTx, { actor, articleIds }: { actor: Actor; articleIds: string[] }): Promise<ReviewNote[]> {
  if (articleIds.length === 0) return [];
  const { fourEyesApproval } = await newsroomSettings(db);
  const rows = await db.article.findMany({
    where: { id: { in: articleIds } },
    select: {
      id: true,
      state: true,
      updatedAt: true,
      bylines: { select: { userId: true } },
      contributions: { where: { userId: actor.id }, select: { userId: true, kind: true } },
      events: { where: { action: 'submit' }, orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } },
    },
  });
  return rows.map((row) => {
    const verdict = authorizeTransition({
      action: 'approve',
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      article: { state: row.state, bylineUserIds: staffBylineIds(row.bylines), contributions: toContributions(row.contributions, row.bylines) },
      settings: { fourEyesApproval },
    });
    return {
      id: row.id,
      waitingSince: row.events[0]?.createdAt ?? row.updatedAt,
      cannotApprove: verdict.allowed ? null : verdict.reason,
    };
  });
}

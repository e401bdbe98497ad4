import type { Actor } from '../auth/actor';
import { articleWhereForActor } from '../article/article-scope';
import { staffBylineIds, toContributions } from '../article/workflow-facts';
import type { DbOrTx } from '../db/client';
import { authorizeTransition } from '../workflow/decide';
import type { WorkflowSettings } from '../workflow/workflow-types';
import type { UnscheduledPiece } from './calendar.schema';

/** How many approved pieces the calendar's side list shows, oldest approval first. */
const UNSCHEDULED_SHOWN = 30;

/**
 * Approved pieces with no publish time yet, for the calendar's list to drag from: each with whether this
 * actor may schedule it (the schedule step's own authorization, four-eyes included). Scheduling them still
 * goes through that step, which checks the time, the checklist and the version.
 */
export async function unscheduledPieces(
  db: DbOrTx,
  { actor, sectionId, settings }: { actor: Actor; sectionId: string | null; settings: WorkflowSettings },
): Promise<UnscheduledPiece[]> {
  const rows = await db.article.findMany({
    where: { AND: [articleWhereForActor(actor), sectionId ? { sectionId } : {}, { state: 'APPROVED' }] },
    orderBy: { updatedAt: 'asc' },
    take: UNSCHEDULED_SHOWN,
    select: {
      id: true,
      headline: true,
      state: true,
      version: true,
      embargoUntil: true,
      section: { select: { name: true } },
      bylines: { select: { userId: true } },
      contributions: { where: { userId: actor.id }, select: { userId: true, kind: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    headline: row.headline,
    version: row.version,
    embargoUntil: row.embargoUntil,
    sectionName: row.section?.name ?? null,
    canSchedule: authorizeTransition({
      action: 'schedule',
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      article: { state: row.state, bylineUserIds: staffBylineIds(row.bylines), contributions: toContributions(row.contributions, row.bylines) },
      settings,
    }).allowed,
  }));
}

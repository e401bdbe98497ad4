import type { DbOrTx } from '../db/client';
import { logger } from '../logger';
import { EMPTY_CHECKLIST, publishChecklistSchema, type PublishChecklist } from './publish-checklist.schema';

/** The newsroom's pre-publish checklist (settings row 1), parsed with the schema its form saves through. */
export async function readPublishChecklist(db: DbOrTx): Promise<PublishChecklist> {
  const row = await db.newsroomSettings.findUnique({ where: { id: 1 }, select: { publishChecklist: true } });
  const parsed = publishChecklistSchema.safeParse(row?.publishChecklist ?? {});
  if (parsed.success) return parsed.data;
  // Only updatePublishChecklist writes it, through the same schema; a row edited by hand is reported.
  logger.error({ issues: parsed.error.issues }, 'the stored pre-publish checklist does not parse; no item is checked');
  return EMPTY_CHECKLIST;
}

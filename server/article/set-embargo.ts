import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { newsroomSettings } from '../site/published-articles';
import { wallTimeToInstant } from '../text/newsroom-wall-time';
import { decideEmbargoChange } from '../workflow/embargo';
import { lockArticleForWrite } from './lock-article';

const EVENT = { set: 'embargoSet', move: 'embargoMoved', lift: 'embargoLifted' } as const;

/**
 * Sets, moves or lifts (`untilWallTime` null) an article's embargo, an editor's act: decided by THE rule
 * (workflow/embargo.ts), written with its ArticleEvent (before and after) in one transaction on the locked,
 * version-checked row. Nothing public changes: an embargo can only be put on an article readers cannot see.
 */
export async function setEmbargo({
  db,
  actor,
  articleId,
  expectedVersion,
  untilWallTime,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  expectedVersion: number;
  untilWallTime: string | null;
  now?: Date;
}): Promise<{ id: string; version: number; embargoUntil: Date | null }> {
  return db.$transaction(async (tx) => {
    const article = await lockArticleForWrite(tx, { articleId, actor, expectedVersion });
    const { timeZone } = await newsroomSettings(tx);
    const until = untilWallTime ? wallTimeToInstant(untilWallTime, timeZone) : null;
    const change = decideEmbargoChange({ actor: { kind: 'staff', id: actor.id, role: actor.role }, article, until, now });
    const updated = await tx.article.update({
      where: { id: article.id, version: article.version },
      data: { embargoUntil: until, version: { increment: 1 }, lastModifiedById: actor.id },
      select: { id: true, version: true, embargoUntil: true },
    });
    await tx.articleEvent.create({
      data: {
        articleId: article.id,
        actorId: actor.id,
        action: EVENT[change],
        data: { from: article.embargoUntil?.toISOString() ?? null, to: until?.toISOString() ?? null },
        createdAt: now,
      },
    });
    return updated;
  });
}

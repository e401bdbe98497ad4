import type { Actor } from '../auth/actor';
import { readPublishChecklist } from '../checklist/read-publish-checklist';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { cacheTags } from '../site/cache-tags';
import { readPublicArticleFacts } from '../site/public-article-facts';
import { newsroomSettings } from '../site/published-articles';
import { notifyWorkflowStep } from '../notifications/notify-workflow';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { tagsTouchedByArticleChange } from '../site/tags-touched';
import type { UpdateAction, UpdateState } from '../workflow/states';
import { decideUpdateStep } from '../workflow/update';
import { lockArticleForWrite } from './lock-article';
import { currentRevisionId } from './record-revision';
import type { PublicNoteInput } from './update.schema';
import { recordWebhookEvent } from '../distribution/webhooks/record-webhook-event';
import { articleEventData } from '../distribution/webhooks/webhook-payloads';
import { readWorkflowArticle } from './workflow-facts';

/**
 * One step of a live article's pending update, atomically: lock and version check, THE rules
 * (workflow/update.ts), the new update state, its ArticleEvent and the notifications of those concerned in
 * one transaction; a refused step writes nothing. Publishing the update makes the working copy's revision the live copy, dates it
 * ("Updated"), and may publish a public note with it; then the pages showing the article (and, with a
 * note, the corrections page) are revalidated.
 */
export async function takeUpdateStep({
  db,
  actor,
  articleId,
  expectedVersion,
  action,
  comment = null,
  note = null,
  now = new Date(),
  revalidate,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  expectedVersion: number;
  /** Discarding changes the content as well: discard-update.ts. */
  action: Exclude<UpdateAction, 'discardUpdate'>;
  comment?: string | null;
  /** Only with publishUpdate: the public note readers see with the update. */
  note?: PublicNoteInput | null;
  now?: Date;
  revalidate: RevalidatePublicPages;
}): Promise<{ id: string; updateState: UpdateState | null; version: number }> {
  if (note && action !== 'publishUpdate') throw new AppError('BAD_REQUEST', 'A public note is published with the update, not before.');
  const { touchedTags, ...result } = await db.$transaction(async (tx) => {
    const article = await lockArticleForWrite(tx, { articleId, actor, expectedVersion });
    const settings = await newsroomSettings(tx);
    const facts = { ...(await readWorkflowArticle(tx, article)), updateState: article.updateState, updateWriterIds: article.updateWriterIds };
    const step = decideUpdateStep({
      action,
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      article: facts,
      settings: { fourEyesApproval: settings.fourEyesApproval, publishChecklist: await readPublishChecklist(tx) },
      comment,
    });
    const factsBefore = await readPublicArticleFacts(tx, articleId);
    const revisionId = await currentRevisionId(tx, articleId);
    const goesLive = step.to === null;
    const updated = await tx.article.update({
      where: { id: articleId, version: expectedVersion },
      data: {
        updateState: step.to,
        version: { increment: 1 },
        lastModifiedById: actor.id,
        ...(goesLive && { liveRevisionId: revisionId, contentUpdatedAt: now, updateWriterIds: [] }),
      },
      select: { id: true, updateState: true, version: true, slug: true, headline: true, publishedAt: true },
    });
    const published = note
      ? await tx.articleNote.create({ data: { articleId, kind: note.kind, text: note.text, revisionId, publishedAt: now, createdById: actor.id }, select: { id: true } })
      : null;
    await tx.articleEvent.create({
      data: {
        articleId,
        actorId: actor.id,
        action,
        fromState: article.state,
        toState: article.state,
        comment: comment?.trim() || null,
        data: {
          revisionId,
          fromUpdateState: step.from,
          toUpdateState: step.to,
          ...(published && { noteId: published.id }),
          // Audited: allowed only because the newsroom turned the four-eyes rule off.
          ...(step.fourEyesWaived && { fourEyesWaived: true }),
        },
        createdAt: now,
      },
    });
    await notifyWorkflowStep(tx, {
      action,
      article: updated,
      actor: { id: actor.id, name: actor.name },
      bylineUserIds: facts.bylineUserIds,
      writerIds: article.updateWriterIds,
      comment,
    });
    if (goesLive) {
      // Receivers hear of the new live version: as a correction when it carries a Correction note.
      const type = note?.kind === 'CORRECTION' ? 'article.corrected' : 'article.updated';
      await recordWebhookEvent(tx, { type, subject: { kind: 'article', id: articleId }, data: articleEventData(updated) }, now);
    }
    const touched = goesLive ? tagsTouchedByArticleChange(factsBefore, await readPublicArticleFacts(tx, articleId)) : [];
    return { id: updated.id, updateState: updated.updateState, version: updated.version, touchedTags: published ? [...touched, cacheTags.corrections] : touched };
  });
  await revalidate(touchedTags);
  return result;
}

import type { Actor } from '../auth/actor';
import type { JSONContent } from '@tiptap/core';
import { parseArticleBody } from '../content/article-body';
import { renderArticleBody, type RenderedBody } from '../content/render-article-body';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { readPublicArticleFacts } from '../site/public-article-facts';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { tagsTouchedByArticleChange } from '../site/tags-touched';
import { toSlug } from '../text/slug';
import { planContentEdit } from '../workflow/edit';
import { decideUpdateStep } from '../workflow/update';
import { readPublishChecklist } from '../checklist/read-publish-checklist';
import { newsroomSettings } from '../site/published-articles';
import { notifyWorkflowStep } from '../notifications/notify-workflow';
import type { ArticleContentInput } from './article.schema';
import { describeBylineChange } from './byline-change';
import { conflictError, lockArticleForWrite, type LockedArticle } from './lock-article';
import { isQuickSave, writeQuickSave } from './quick-save';
import { storeCollabState } from '../collab/collab-state';
import { currentRevisionId, recordRevision } from './record-revision';
import { readSaveFacts } from './save-facts';
import { readWorkflowArticle, recordContributions, staffBylineIds } from './workflow-facts';

/**
 * Saves the article's content (the editor sends all of it each time). One transaction: lock and version
 * check, the workflow's edit rules (who may edit in which state; an approved or scheduled article goes
 * back to review; a live one keeps its live copy and the change becomes a pending update, see
 * workflow/update.ts), the rendered body, the revision, the events, and the record of who had a hand in
 * it (for the four-eyes rule). Once committed, the public pages listing the article are revalidated.
 */
export async function saveArticle({
  db,
  actor,
  articleId,
  expectedVersion,
  content,
  restoredFrom,
  discardingUpdate,
  collab,
  revalidate,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  expectedVersion: number;
  content: ArticleContentInput;
  /** Set when this save brings back an earlier revision (see restore-revision.ts). */
  restoredFrom?: string;
  /**
   * Set when this save (of the live revision, restoredFrom) discards the pending update (discard-update.ts):
   * the update's rules decide it under the row lock, and the update ends without making anyone its writer.
   */
  discardingUpdate?: { comment: string };
  /**
   * Set when the co-editing server stores a shared document (server/collab/): its Yjs state is written
   * in this transaction, and everyone whose typing is in this save is recorded as a writer.
   */
  collab?: { state: Uint8Array; coWriterIds: string[] };
  revalidate: RevalidatePublicPages;
}) {
  // Pure checks first: a malformed body is refused before any lock is taken.
  const body = parseArticleBody(content.body);
  const rendered = renderArticleBody(body);

  if (!restoredFrom && !collab) {
    const quick = await tryQuickSave({ db, actor, articleId, expectedVersion, content, body, rendered });
    if (quick) {
      await revalidate(quick.touchedTags);
      return quick.saved;
    }
  }

  const { touchedTags, ...saved } = await db.$transaction(async (tx) => {
    const current = await lockArticleForWrite(tx, { articleId, actor, expectedVersion });
    const factsBefore = await readPublicArticleFacts(tx, articleId);
    const plan = planContentEdit({
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      article: { state: current.state, bylineUserIds: staffBylineIds(current.bylines), updateState: current.updateState },
    });
    if (discardingUpdate) await decideDiscard(tx, { actor, current, comment: discardingUpdate.comment });
    await assertReferencesExist(tx, content);
    // Published URLs are forever: once live, the slug changes only through changeArticleSlug (an editor's
    // act with a reason, keeping the old address as a redirect), and an empty slug field keeps it.
    const frozen = current.publishedAt !== null;
    if (frozen && content.slug && content.slug !== current.slug) {
      throw new AppError('BAD_REQUEST', 'This article has been published: change its address with “Change address”, which keeps the old one working.', {
        problems: ['Change a published article’s address with “Change address”'],
      });
    }
    const slug = await chooseSlug(tx, { articleId, requested: content.slug, headline: content.headline, current: current.slug, frozen });
    // The live copy readers keep seeing: an article put live without one has its row pinned as it was.
    const liveRevisionId = plan.makesUpdate ? (current.liveRevisionId ?? (await currentRevisionId(tx, articleId))) : undefined;

    const updated = await tx.article.update({
      where: { id: articleId, version: expectedVersion },
      data: {
        headline: content.headline,
        slug,
        standfirst: content.standfirst,
        body: body,
        bodyHtml: rendered.html,
        bodyText: rendered.text,
        sectionId: content.sectionId,
        leadImageId: content.leadImage?.assetId ?? null,
        leadImageCaption: content.leadImage?.caption ?? '',
        leadImageCredit: content.leadImage?.credit ?? '',
        leadImageAlt: content.leadImage?.alt ?? '',
        state: plan.nextState,
        ...(plan.clearsSchedule && { publishAt: null }),
        ...(plan.makesUpdate &&
          (discardingUpdate
            ? { updateState: null, updateWriterIds: [] }
            : {
                liveRevisionId,
                updateState: plan.updateState,
                updateWriterIds: [...new Set([...current.updateWriterIds, actor.id, ...(collab?.coWriterIds ?? [])])],
              })),
        version: { increment: 1 },
        lastModifiedById: actor.id,
        bylines: {
          deleteMany: {},
          create: content.bylines.map((byline, position) => ({ position, ...byline })),
        },
        sources: {
          deleteMany: {},
          create: content.sources.map((source, position) => ({ position, name: source.name, url: source.url })),
        },
        tags: { deleteMany: {}, create: content.tagIds.map((tagId) => ({ tagId })) },
      },
      select: { id: true, version: true, state: true, slug: true, updatedAt: true },
    });

    const bylineChange = await describeBylineChange(tx, { before: current.bylines, after: content.bylines });
    for (const writerId of discardingUpdate ? [] : [actor.id, ...(collab?.coWriterIds ?? [])]) {
      await recordContributions(tx, {
        articleId,
        writerId,
        isCorrection: plan.makesUpdate,
        bylineUserIds: content.bylines.flatMap((byline) => ('userId' in byline ? [byline.userId] : [])),
      });
    }
    if (collab) await storeCollabState(tx, { articleId, state: collab.state, articleVersion: updated.version });
    await recordRevision(tx, {
      articleId,
      authorId: actor.id,
      articleVersion: updated.version,
      content: { ...content, slug, body },
      reason: restoredFrom ? 'restore' : 'edit',
      // A new byline is a change of its own in the history, never folded into the edits before it.
      startsNew: bylineChange !== null,
      coAuthorIds: collab?.coWriterIds,
    });
    if (bylineChange) {
      await tx.articleEvent.create({
        data: {
          articleId,
          actorId: actor.id,
          action: 'bylineChange',
          fromState: current.state,
          toState: updated.state,
          comment: bylineChange.comment,
          data: { removed: bylineChange.removed, added: bylineChange.added },
        },
      });
    }
    if (discardingUpdate) {
      await tx.articleEvent.create({
        data: {
          articleId,
          actorId: actor.id,
          action: 'discardUpdate',
          fromState: current.state,
          toState: updated.state,
          comment: discardingUpdate.comment.trim(),
          data: { revisionId: restoredFrom ?? null, fromUpdateState: current.updateState, toUpdateState: null },
        },
      });
      await notifyWorkflowStep(tx, {
        action: 'discardUpdate',
        article: { id: articleId, headline: content.headline },
        actor: { id: actor.id, name: actor.name },
        bylineUserIds: staffBylineIds(current.bylines),
        writerIds: current.updateWriterIds,
        comment: discardingUpdate.comment.trim(),
      });
    } else if (restoredFrom) {
      await tx.articleEvent.create({
        data: { articleId, actorId: actor.id, action: 'restoreRevision', fromState: current.state, toState: updated.state, data: { revisionId: restoredFrom } },
      });
    }
    if (plan.makesUpdate && current.updateState === null) {
      // The first save of an update; later ones are in its revisions.
      await tx.articleEvent.create({
        data: { articleId, actorId: actor.id, action: 'startUpdate', fromState: current.state, toState: updated.state, data: { liveRevisionId } },
      });
    } else if (updated.state !== current.state) {
      await tx.articleEvent.create({
        data: {
          articleId,
          actorId: actor.id,
          action: 'returnToReview',
          fromState: current.state,
          toState: updated.state,
          comment: 'Edited after approval: needs review again',
        },
      });
    }
    const touchedTags = tagsTouchedByArticleChange(factsBefore, await readPublicArticleFacts(tx, articleId));
    return { ...updated, wordCount: rendered.wordCount, readingMinutes: rendered.readingMinutes, touchedTags };
  });
  await revalidate(touchedTags);
  return saved;
}

/**
 * The common autosave in two round trips and no interactive transaction (quick-save.ts), or null when
 * this save needs the full path. Refusals (not found, conflict, forbidden) are the full path's own.
 */
async function tryQuickSave({
  db,
  actor,
  articleId,
  expectedVersion,
  content,
  body,
  rendered,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  expectedVersion: number;
  content: ArticleContentInput;
  body: JSONContent;
  rendered: RenderedBody;
}) {
  const facts = await readSaveFacts(db, { articleId, actor, candidateSlug: content.slug || toSlug(content.headline) });
  if (!facts?.inScope) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  if (facts.version !== expectedVersion) throw conflictError(facts, facts.timeZone);
  const plan = planContentEdit({
    actor: { kind: 'staff', id: actor.id, role: actor.role },
    article: { state: facts.state, bylineUserIds: staffBylineIds(facts.bylines) },
  });
  // The slug chooseSlug would choose; a quick save only keeps the current one (a new one is checked under the lock).
  const derived = toSlug(content.headline);
  const slug =
    content.slug || (facts.publishedAt !== null || !derived ? facts.slug : facts.candidateSlugTaken ? `${derived}-${articleId.slice(-6)}` : derived);
  const now = new Date();
  if ((content.slug && facts.candidateSlugTaken) || !isQuickSave({ facts, content, actorId: actor.id, slug, plan, now: now.getTime() })) return null;
  const updated = await writeQuickSave(db, {
    articleId,
    actorId: actor.id,
    expectedVersion,
    revisionId: facts.latestRevision!.id,
    content: { ...content, slug },
    body,
    rendered,
    now,
  });
  if (!updated) return null;
  return {
    saved: { ...updated, wordCount: rendered.wordCount, readingMinutes: rendered.readingMinutes },
    touchedTags: tagsTouchedByArticleChange(facts.publicFacts, { ...facts.publicFacts, slug }),
  };
}

/** Sections, tags, staff bylines and the lead image must exist (and the section must not be archived). */
async function assertReferencesExist(tx: Tx, content: ArticleContentInput): Promise<void> {
  const problems: string[] = [];
  if (content.sectionId) {
    const section = await tx.section.findUnique({ where: { id: content.sectionId }, select: { archivedAt: true } });
    if (!section) problems.push('The chosen section does not exist');
    else if (section.archivedAt) problems.push('The chosen section is archived; pick another');
  }
  const tagIds = [...new Set(content.tagIds)];
  if (tagIds.length && (await tx.tag.count({ where: { id: { in: tagIds } } })) !== tagIds.length) {
    problems.push('One of the tags does not exist');
  }
  const userIds = content.bylines.flatMap((b) => ('userId' in b ? [b.userId] : []));
  if (new Set(userIds).size !== userIds.length) problems.push('A staff member is credited twice');
  if (userIds.length && (await tx.user.count({ where: { id: { in: userIds } } })) !== userIds.length) {
    problems.push('One of the bylined staff members does not exist');
  }
  if (content.leadImage && !(await tx.mediaAsset.findUnique({ where: { id: content.leadImage.assetId }, select: { id: true } }))) {
    problems.push('The lead image is missing; upload it again');
  }
  if (problems.length) throw new AppError('BAD_REQUEST', 'Some references in this article are not valid.', { problems });
}

/**
 * Whether another article has this address now or had it before: an address once used keeps answering
 * for its article (a 301 to where it went), so no new article may take it.
 */
export async function slugTakenByOther(tx: Tx, { slug, articleId }: { slug: string; articleId: string }): Promise<boolean> {
  const [owner, former] = await Promise.all([
    tx.article.findUnique({ where: { slug }, select: { id: true } }),
    tx.articleSlugRedirect.findUnique({ where: { slug }, select: { articleId: true } }),
  ]);
  return (owner !== null && owner.id !== articleId) || (former !== null && former.articleId !== articleId);
}

/**
 * The slug to store. A slug typed by hand must be free (else BAD_REQUEST). An empty one is made from the
 * headline (until first publication); if another article has that already, a piece of this article's id
 * keeps it unique.
 */
async function chooseSlug(
  tx: Tx,
  {
    articleId,
    requested,
    headline,
    current,
    frozen,
  }: { articleId: string; requested: string; headline: string; current: string; frozen: boolean },
): Promise<string> {
  const takenByOther = (slug: string) => slugTakenByOther(tx, { slug, articleId });
  if (requested) {
    if (await takenByOther(requested)) {
      throw new AppError('BAD_REQUEST', `The slug “${requested}” is already used by another article. Choose another.`, {
        problems: ['Choose a slug no other article uses'],
      });
    }
    return requested;
  }
  const derived = toSlug(headline);
  if (frozen || !derived) return current;
  return (await takenByOther(derived)) ? `${derived}-${articleId.slice(-6)}` : derived;
}

/** THE update rules (workflow/update.ts) for discarding, read under the row lock: refused, nothing is written. */
async function decideDiscard(tx: Tx, { actor, current, comment }: { actor: Actor; current: LockedArticle; comment: string }) {
  const settings = await newsroomSettings(tx);
  decideUpdateStep({
    action: 'discardUpdate',
    actor: { kind: 'staff', id: actor.id, role: actor.role },
    article: { ...(await readWorkflowArticle(tx, current)), updateState: current.updateState, updateWriterIds: current.updateWriterIds },
    settings: { fourEyesApproval: settings.fourEyesApproval, publishChecklist: await readPublishChecklist(tx) },
    comment,
  });
}

import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { notifyWorkflowStep } from '../notifications/notify-workflow';
import { newsroomSettings } from '../site/published-articles';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { decideEntryChange, type EntryChange } from '../workflow/live-blog';
import { lockLiveBlog, tagsTouchedByEntry } from './lock-live-blog';

/** What a caller asks for. Removing someone else's waiting entry is, to the rules, rejecting it. */
export type EntryRequest =
  | { kind: 'approve' }
  | { kind: 'remove'; reason: string }
  | { kind: 'edit'; text: string; reason: string }
  | { kind: 'pin'; pinned: boolean };

/**
 * One change to a live-blog entry (approve, reject, remove, edit, pin), decided by THE rules and written
 * with its ArticleEvent (the reason, and the text it replaced) in one transaction, conditional on the
 * entry's version (a moderator acting on an entry someone just changed gets CONFLICT). Readers' pages are
 * revalidated once it commits.
 */
export async function changeEntry({
  db,
  actor,
  entryId,
  expectedVersion,
  change,
  now = new Date(),
  revalidate,
}: {
  db: Db;
  actor: Actor;
  entryId: string;
  expectedVersion: number;
  change: EntryRequest;
  now?: Date;
  revalidate: RevalidatePublicPages;
}) {
  const { result, tags } = await db.$transaction(async (tx) => {
    const found = await tx.liveBlogEntry.findUnique({ where: { id: entryId }, select: { articleId: true } });
    if (!found) throw new AppError('NOT_FOUND', 'This entry does not exist.');
    const article = await lockLiveBlog(tx, { actor, articleId: found.articleId });
    const entry = await tx.liveBlogEntry.findUniqueOrThrow({ where: { id: entryId } });
    const { fourEyesApproval } = await newsroomSettings(tx);
    const ruleChange: EntryChange = change.kind === 'remove' && entry.status === 'PENDING' && entry.authorId !== actor.id ? 'reject' : change.kind;
    const { fourEyesWaived } = decideEntryChange({
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      article: article.rules,
      entry,
      change: ruleChange,
      settings: { fourEyesApproval },
    });
    const wasShown = entry.status === 'POSTED';
    const updated = await tx.liveBlogEntry.updateMany({
      where: { id: entryId, version: expectedVersion },
      data: { ...entryData(change, actor.id, now), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError('CONFLICT', 'This entry was changed meanwhile; reload to see it.');
    const action = EVENT[change.kind === 'pin' && !change.pinned ? 'unpin' : ruleChange];
    const reason = 'reason' in change ? change.reason : null;
    // Its author hears whether a waiting entry was posted or turned down.
    await notifyWorkflowStep(tx, { action, article, actor: { id: actor.id, name: actor.name }, bylineUserIds: [], writerIds: entry.authorId ? [entry.authorId] : [], comment: reason });
    await tx.articleEvent.create({
      data: {
        articleId: article.id,
        actorId: actor.id,
        action,
        comment: reason,
        data: { entryId, ...(change.kind === 'edit' && { before: entry.text }), ...(fourEyesWaived && { fourEyesWaived: true }) },
        createdAt: now,
      },
    });
    const result = await tx.liveBlogEntry.findUniqueOrThrow({ where: { id: entryId }, select: { id: true, status: true, version: true } });
    // Readers see the change if the entry was or now is shown.
    return { result, tags: wasShown || result.status === 'POSTED' ? tagsTouchedByEntry(article) : [] };
  });
  await revalidate(tags);
  return result;
}

const EVENT: Record<EntryChange | 'unpin', string> = {
  approve: 'liveBlogEntryApproved',
  reject: 'liveBlogEntryRejected',
  remove: 'liveBlogEntryRemoved',
  edit: 'liveBlogEntryEdited',
  pin: 'liveBlogEntryPinned',
  unpin: 'liveBlogEntryUnpinned',
};

function entryData(change: EntryRequest, actorId: string, now: Date) {
  switch (change.kind) {
    case 'approve':
      return { status: 'POSTED' as const, postedAt: now, approvedById: actorId };
    case 'remove':
      return { status: 'REMOVED' as const, pinned: false };
    case 'edit':
      return { text: change.text };
    case 'pin':
      return { pinned: change.pinned };
  }
}

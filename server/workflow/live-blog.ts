import { can } from '../auth/permissions';
import { AppError } from '../errors';
import { STATE_PHRASES, type ArticleState } from './states';
import type { WorkflowActor, WorkflowSettings } from './workflow-types';

/**
 * THE rules of live-blog entries. An entry's author is whoever posted it. Once the blog is live, posting
 * follows the permission table: `liveBlog.postLive` posts at once (editors, by default), `liveBlog.post`
 * only into the review queue, where someone else with `liveBlog.moderate` approves it. Before the blog is
 * live, entries are part of the copy that is reviewed with it (their authors count as its writers for the
 * four-eyes rule); an approved or scheduled copy is not changed behind its approver's back.
 */

export type LiveBlogArticle = { state: ArticleState; isLiveBlog: boolean; bylineUserIds: readonly string[] };
export type LiveBlogEntryFacts = { authorId: string | null; status: 'PENDING' | 'POSTED' | 'REMOVED' };
export type EntryChange = 'edit' | 'remove' | 'pin' | 'approve' | 'reject';

/** States in which entries may be posted before the blog is live: the copy still under review. */
const DRAFTING: readonly ArticleState[] = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED'];
/** What a journalist may post to before it is live: the copy still theirs to change (as in workflow/edit.ts). */
const AUTHOR_DRAFTING: readonly ArticleState[] = ['DRAFT', 'CHANGES_REQUESTED'];
/** No entry changes at all: the content is locked. */
const LOCKED: readonly ArticleState[] = ['ARCHIVED', 'TAKEN_DOWN'];

function staff(actor: WorkflowActor) {
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', 'The scheduler does not write live blogs.');
  return actor;
}

function assertOpen(article: LiveBlogArticle) {
  if (!article.isLiveBlog) throw new AppError('CONFLICT', 'This article is not a live blog.');
  if (LOCKED.includes(article.state)) throw new AppError('CONFLICT', `This article is ${STATE_PHRASES[article.state]}; its entries are locked.`);
}

/**
 * Whether this actor may post an entry now, and where it goes: POSTED (shown with the blog) or PENDING
 * (waiting for an editor). `live` says whether readers see it at once (the blog is published).
 */
export function decideEntryPost({ actor, article }: { actor: WorkflowActor; article: LiveBlogArticle }): {
  status: 'POSTED' | 'PENDING';
  live: boolean;
} {
  const person = staff(actor);
  const postsAny = can(person.role, 'liveBlog.postLive');
  const postsAsAuthor = can(person.role, 'liveBlog.post') && article.bylineUserIds.includes(person.id);
  if (!postsAny && !postsAsAuthor) throw new AppError('FORBIDDEN', 'You can only post to live blogs you have a byline on.');
  assertOpen(article);
  if (article.state === 'PUBLISHED') return postsAny ? { status: 'POSTED', live: true } : { status: 'PENDING', live: false };
  const drafting = postsAny ? DRAFTING : AUTHOR_DRAFTING;
  if (!drafting.includes(article.state)) {
    throw new AppError('CONFLICT', `This live blog is ${STATE_PHRASES[article.state]}; post entries once it is live.`);
  }
  return { status: 'POSTED', live: false };
}

/**
 * Whether this actor may make this change to an entry. Moderators (editors) approve, reject, pin, edit and
 * remove; nobody approves their own entry (the four-eyes rule, relaxed with the newsroom's setting). The
 * author of a waiting entry may still edit or withdraw it. Pins are for shown entries only.
 */
export function decideEntryChange({
  actor,
  article,
  entry,
  change,
  settings,
}: {
  actor: WorkflowActor;
  article: LiveBlogArticle;
  entry: LiveBlogEntryFacts;
  change: EntryChange;
  settings: WorkflowSettings;
}): { fourEyesWaived: boolean } {
  const person = staff(actor);
  const moderates = can(person.role, 'liveBlog.moderate');
  const ownPending = entry.authorId === person.id && entry.status === 'PENDING' && can(person.role, 'liveBlog.post');
  const mayAsAuthor = ownPending && (change === 'edit' || change === 'remove');
  if (!moderates && !mayAsAuthor) throw new AppError('FORBIDDEN', 'Only editors can approve, pin or change others\' entries.');
  assertOpen(article);
  if (entry.status === 'REMOVED') throw new AppError('CONFLICT', 'This entry was removed.');
  if ((change === 'approve' || change === 'reject') && entry.status !== 'PENDING') throw new AppError('CONFLICT', 'This entry is not waiting for review.');
  if (change === 'approve' && article.state !== 'PUBLISHED') throw new AppError('CONFLICT', 'This live blog is not live: publish it first.');
  if (change === 'pin' && entry.status !== 'POSTED') throw new AppError('CONFLICT', 'Only shown entries can be pinned.');
  const ownEntry = entry.authorId === person.id;
  if (change === 'approve' && ownEntry) {
    if (settings.fourEyesApproval) throw new AppError('FORBIDDEN', 'Four-eyes rule: you wrote this entry, so another editor must approve it.');
    return { fourEyesWaived: true };
  }
  return { fourEyesWaived: false };
}

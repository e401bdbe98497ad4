import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { decideEntryChange, decideEntryPost, type EntryChange, type LiveBlogEntryFacts } from './live-blog';
import { ARTICLE_STATES, type ArticleState } from './states';
import type { WorkflowActor } from './workflow-types';

// J* = journalist with a byline on the blog, J = without; E, A = editor, admin; S = the scheduler.
const ACTORS = {
  'J*': { kind: 'staff', id: 'author-journalist', role: 'JOURNALIST' },
  J: { kind: 'staff', id: 'journalist', role: 'JOURNALIST' },
  E: { kind: 'staff', id: 'editor', role: 'EDITOR' },
  A: { kind: 'staff', id: 'admin', role: 'ADMIN' },
  S: { kind: 'system' },
} as const satisfies Record<string, WorkflowActor>;
type Who = keyof typeof ACTORS;
const blog = (state: ArticleState, isLiveBlog = true) => ({ state, isLiveBlog, bylineUserIds: ['author-journalist'] });

function posted(who: Who, state: ArticleState, isLiveBlog = true): string {
  try {
    const { status, live } = decideEntryPost({ actor: ACTORS[who], article: blog(state, isLiveBlog) });
    return live ? `${status}, live` : status;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** Written out: where a posted entry goes, per poster and state of the blog. */
const POST: Record<Who, Record<ArticleState, string>> = {
  'J*': { DRAFT: 'POSTED', IN_REVIEW: 'CONFLICT', CHANGES_REQUESTED: 'POSTED', APPROVED: 'CONFLICT', SCHEDULED: 'CONFLICT', PUBLISHED: 'PENDING', UNPUBLISHED: 'CONFLICT', ARCHIVED: 'CONFLICT', TAKEN_DOWN: 'CONFLICT' },
  J: Object.fromEntries(ARTICLE_STATES.map((state) => [state, 'FORBIDDEN'])) as Record<ArticleState, string>,
  E: { DRAFT: 'POSTED', IN_REVIEW: 'POSTED', CHANGES_REQUESTED: 'POSTED', APPROVED: 'CONFLICT', SCHEDULED: 'CONFLICT', PUBLISHED: 'POSTED, live', UNPUBLISHED: 'CONFLICT', ARCHIVED: 'CONFLICT', TAKEN_DOWN: 'CONFLICT' },
  A: { DRAFT: 'POSTED', IN_REVIEW: 'POSTED', CHANGES_REQUESTED: 'POSTED', APPROVED: 'CONFLICT', SCHEDULED: 'CONFLICT', PUBLISHED: 'POSTED, live', UNPUBLISHED: 'CONFLICT', ARCHIVED: 'CONFLICT', TAKEN_DOWN: 'CONFLICT' },
  S: Object.fromEntries(ARTICLE_STATES.map((state) => [state, 'FORBIDDEN'])) as Record<ArticleState, string>,
};

describe('posting an entry, for every role and state', () => {
  for (const who of Object.keys(ACTORS) as Who[]) {
    it(who, () => {
      const actual = Object.fromEntries(ARTICLE_STATES.map((state) => [state, posted(who, state)]));
      expect(actual).toEqual(POST[who]);
    });
  }
  it('refuses an article that is not a live blog', () => {
    expect(posted('E', 'PUBLISHED', false)).toBe('CONFLICT');
  });
});

function changed(who: Who, change: EntryChange, entry: LiveBlogEntryFacts, state: ArticleState = 'PUBLISHED', fourEyesApproval = true): string {
  try {
    const { fourEyesWaived } = decideEntryChange({ actor: ACTORS[who], article: blog(state), entry, change, settings: { fourEyesApproval } });
    return fourEyesWaived ? 'allowed, four-eyes waived' : 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const pendingByJournalist: LiveBlogEntryFacts = { authorId: 'author-journalist', status: 'PENDING' };
const postedByEditor: LiveBlogEntryFacts = { authorId: 'editor', status: 'POSTED' };
const pendingByEditor: LiveBlogEntryFacts = { authorId: 'editor', status: 'PENDING' };
const removed: LiveBlogEntryFacts = { authorId: 'editor', status: 'REMOVED' };

describe('changing an entry, for every role, change and kind of entry', () => {
  const CHANGES: EntryChange[] = ['approve', 'reject', 'pin', 'edit', 'remove'];
  const table = (entry: LiveBlogEntryFacts, state?: ArticleState) =>
    Object.fromEntries((Object.keys(ACTORS) as Who[]).map((who) => [who, CHANGES.map((change) => `${change}: ${changed(who, change, entry, state)}`)]));

  it("a journalist's waiting entry: editors approve, reject or change it; its author may still edit or withdraw it", () => {
    expect(table(pendingByJournalist)).toEqual({
      'J*': ['approve: FORBIDDEN', 'reject: FORBIDDEN', 'pin: FORBIDDEN', 'edit: allowed', 'remove: allowed'],
      J: ['approve: FORBIDDEN', 'reject: FORBIDDEN', 'pin: FORBIDDEN', 'edit: FORBIDDEN', 'remove: FORBIDDEN'],
      E: ['approve: allowed', 'reject: allowed', 'pin: CONFLICT', 'edit: allowed', 'remove: allowed'],
      A: ['approve: allowed', 'reject: allowed', 'pin: CONFLICT', 'edit: allowed', 'remove: allowed'],
      S: CHANGES.map((change) => `${change}: FORBIDDEN`),
    });
  });

  it('a shown entry: editors pin, edit and remove it; nothing is approved twice', () => {
    expect(table(postedByEditor)).toEqual({
      'J*': CHANGES.map((change) => `${change}: FORBIDDEN`),
      J: CHANGES.map((change) => `${change}: FORBIDDEN`),
      E: ['approve: CONFLICT', 'reject: CONFLICT', 'pin: allowed', 'edit: allowed', 'remove: allowed'],
      A: ['approve: CONFLICT', 'reject: CONFLICT', 'pin: allowed', 'edit: allowed', 'remove: allowed'],
      S: CHANGES.map((change) => `${change}: FORBIDDEN`),
    });
  });

  it('nobody approves their own entry, unless the newsroom turned the four-eyes rule off (then it is recorded)', () => {
    expect(changed('E', 'approve', pendingByEditor)).toBe('FORBIDDEN');
    expect(changed('A', 'approve', pendingByEditor)).toBe('allowed');
    expect(changed('E', 'approve', pendingByEditor, 'PUBLISHED', false)).toBe('allowed, four-eyes waived');
  });

  it('removed entries, and every entry of a taken-down or archived blog, are locked', () => {
    for (const change of CHANGES) expect(changed('A', change, removed)).toBe('CONFLICT');
    for (const state of ['TAKEN_DOWN', 'ARCHIVED'] as const) {
      for (const change of CHANGES) expect(changed('A', change, postedByEditor, state)).toBe('CONFLICT');
    }
  });

  it('approves only into a live blog', () => {
    expect(changed('E', 'approve', pendingByJournalist, 'UNPUBLISHED')).toBe('CONFLICT');
  });
});

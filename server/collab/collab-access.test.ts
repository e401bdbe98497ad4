import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/permissions';
import { ARTICLE_STATES, type ArticleState } from '../workflow/states';
import { decideCollabAccess } from './collab-access';

const AUTHOR = 'author-id';
const access = (role: Role, state: ArticleState, id = AUTHOR) =>
  decideCollabAccess({
    actor: { id, name: 'Someone', email: 'someone@example.test', role },
    article: { state, bylineUserIds: [AUTHOR] },
  }).mode;

/** Who may write in the shared document, by state: the same table as a save (server/workflow/edit.ts). */
const WRITES: Record<ArticleState, { author: boolean; otherJournalist: boolean; editor: boolean }> = {
  DRAFT: { author: true, otherJournalist: false, editor: true },
  IN_REVIEW: { author: false, otherJournalist: false, editor: true },
  CHANGES_REQUESTED: { author: true, otherJournalist: false, editor: true },
  APPROVED: { author: false, otherJournalist: false, editor: true },
  SCHEDULED: { author: false, otherJournalist: false, editor: true },
  PUBLISHED: { author: false, otherJournalist: false, editor: true },
  UNPUBLISHED: { author: false, otherJournalist: false, editor: true },
  ARCHIVED: { author: false, otherJournalist: false, editor: false },
  TAKEN_DOWN: { author: false, otherJournalist: false, editor: false },
};

describe('co-editing access follows the workflow edit rule', () => {
  it.each(ARTICLE_STATES)('%s', (state) => {
    const mode = (writes: boolean) => (writes ? 'read-write' : 'read-only');
    expect(access('JOURNALIST', state)).toBe(mode(WRITES[state].author));
    expect(access('JOURNALIST', state, 'someone-else')).toBe(mode(WRITES[state].otherJournalist));
    expect(access('EDITOR', state, 'editor-id')).toBe(mode(WRITES[state].editor));
  });

  it('an editor who wrote a live article may write its pending update (the four-eyes rule bars publishing it, not writing it)', () => {
    expect(access('EDITOR', 'PUBLISHED', AUTHOR)).toBe('read-write');
  });
});

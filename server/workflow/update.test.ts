import { EMPTY_CHECKLIST } from '../checklist/publish-checklist.schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { ARTICLE_STATES, UPDATE_ACTIONS, UPDATE_STATES, type UpdateAction, type UpdateState } from './states';
import { availableUpdateActions, decideUpdateStep, type UpdateArticle } from './update';
import type { WorkflowActor } from './workflow-types';

// J = journalist, E = editor, A = admin; "*" has a byline on the article, "~" had one, "w" wrote its
// reviewed text (no byline), "u" wrote in the pending update. S = the scheduler.
const ACTORS = {
  J: { kind: 'staff', id: 'journalist', role: 'JOURNALIST' },
  'J*': { kind: 'staff', id: 'author-journalist', role: 'JOURNALIST' },
  E: { kind: 'staff', id: 'editor', role: 'EDITOR' },
  'E*': { kind: 'staff', id: 'author-editor', role: 'EDITOR' },
  'E~': { kind: 'staff', id: 'former-author-editor', role: 'EDITOR' },
  Ew: { kind: 'staff', id: 'writer-editor', role: 'EDITOR' },
  Eu: { kind: 'staff', id: 'update-editor', role: 'EDITOR' },
  A: { kind: 'staff', id: 'admin', role: 'ADMIN' },
  Au: { kind: 'staff', id: 'update-admin', role: 'ADMIN' },
  S: { kind: 'system' },
} as const satisfies Record<string, WorkflowActor>;
type ActorKey = keyof typeof ACTORS;
const EDITORS: ActorKey[] = ['E', 'E*', 'E~', 'Ew', 'Eu', 'A', 'Au'];

/**
 * The specification, written out: who may take each update step, from which update state to which (null:
 * the update is live), and whom the four-eyes rule bars. Every other cell is refused: FORBIDDEN without
 * authority, CONFLICT in the wrong state (no update, or an article that is not live).
 */
const EXPECTED: Record<UpdateAction, { who: ActorKey[]; from: Partial<Record<UpdateState, UpdateState | null>>; fourEyesBars?: ActorKey[] }> = {
  submitUpdate: { who: EDITORS, from: { DRAFTING: 'IN_REVIEW', CHANGES_REQUESTED: 'IN_REVIEW' } },
  requestUpdateChanges: { who: EDITORS, from: { IN_REVIEW: 'CHANGES_REQUESTED' } },
  // The update's writers and the article's signers, never its earlier writers: the update is what is reviewed.
  publishUpdate: { who: EDITORS, from: { IN_REVIEW: null }, fourEyesBars: ['E*', 'E~', 'Eu', 'Au'] },
  // Anyone on the desk may drop an update, its writers too: nothing reaches readers by it.
  discardUpdate: { who: EDITORS, from: { DRAFTING: null, IN_REVIEW: null, CHANGES_REQUESTED: null } },
};

const liveArticle = (updateState: UpdateState | null, state: UpdateArticle['state'] = 'PUBLISHED'): UpdateArticle => ({
  state,
  updateState,
  updateWriterIds: ['update-editor', 'update-admin'],
  bylineUserIds: ['author-journalist', 'author-editor'],
  bylineCount: 2,
  headline: 'Ferry service resumes',
  standfirst: '',
  bodyText: 'The ferry runs again.',
  wordCount: 4,
  tagCount: 0,
  sourceCount: 0,
  sectionId: 'local',
  slugTaken: false,
  leadImage: null,
  embargoUntil: null,
  contributions: {
    everBylineUserIds: ['author-journalist', 'author-editor', 'former-author-editor'],
    writerUserIds: ['author-journalist', 'writer-editor'],
    correctorUserIds: ['update-editor', 'update-admin'],
  },
});

function outcome(action: UpdateAction, actor: WorkflowActor, article: UpdateArticle, fourEyesApproval: boolean): string {
  try {
    const step = decideUpdateStep({ action, actor, article, settings: { fourEyesApproval, publishChecklist: EMPTY_CHECKLIST }, comment: 'Because' });
    return `→ ${step.to ?? 'live'}${step.fourEyesWaived ? ' (waived)' : ''}`;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

function expected(action: UpdateAction, key: ActorKey, article: UpdateArticle, fourEyesApproval: boolean): string {
  const spec = EXPECTED[action];
  if (!spec.who.includes(key)) return 'FORBIDDEN';
  const to = article.state === 'PUBLISHED' && article.updateState ? spec.from[article.updateState] : undefined;
  if (to === undefined) return 'CONFLICT';
  const barred = spec.fourEyesBars?.includes(key) ?? false;
  if (barred && fourEyesApproval) return 'FORBIDDEN';
  return `→ ${to ?? 'live'}${barred ? ' (waived)' : ''}`;
}

describe('every update step, for every actor, update state and article state', () => {
  for (const fourEyesApproval of [true, false]) {
    for (const action of UPDATE_ACTIONS) {
      it(`${action}, four-eyes ${fourEyesApproval ? 'on' : 'off'}`, () => {
        const articles = [
          ...[null, ...UPDATE_STATES].map((updateState) => liveArticle(updateState)),
          // An article that is not live has no pending update, whatever a stale row says.
          ...ARTICLE_STATES.filter((state) => state !== 'PUBLISHED').map((state) => liveArticle('IN_REVIEW', state)),
        ];
        for (const article of articles) {
          for (const [key, actor] of Object.entries(ACTORS) as [ActorKey, WorkflowActor][]) {
            const cell = `${key} ${article.state}/${article.updateState ?? 'none'}`;
            expect(`${cell}: ${outcome(action, actor, article, fourEyesApproval)}`).toBe(`${cell}: ${expected(action, key, article, fourEyesApproval)}`);
          }
        }
      });
    }
  }
});

describe('update steps say why', () => {
  const settings = { fourEyesApproval: true, publishChecklist: EMPTY_CHECKLIST };
  it('tells the update’s writer another editor must publish it', () => {
    expect(() => decideUpdateStep({ action: 'publishUpdate', actor: ACTORS.Eu, article: liveArticle('IN_REVIEW'), settings })).toThrow(
      'Four-eyes rule: you wrote or changed this update, so another editor must publish it.',
    );
  });
  it('asks for a comment when sending an update back', () => {
    expect(() => decideUpdateStep({ action: 'requestUpdateChanges', actor: ACTORS.E, article: liveArticle('IN_REVIEW'), settings, comment: ' ' })).toThrow(
      'Say what needs to change: a comment is required.',
    );
  });
  it('refuses to publish an updated copy that lost its headline', () => {
    const article = { ...liveArticle('IN_REVIEW'), headline: '' };
    expect(() => decideUpdateStep({ action: 'publishUpdate', actor: ACTORS.E, article, settings })).toThrow(AppError);
  });
  it('says there is nothing to submit without an update', () => {
    expect(() => decideUpdateStep({ action: 'submitUpdate', actor: ACTORS.E, article: liveArticle(null), settings })).toThrow(
      "This article has no pending update, so it can't be submitted for review.",
    );
  });
});

describe('the update’s buttons', () => {
  it('shows the writer a blocked publish button with the reason, and the reviewer an open one', () => {
    const situation = { article: liveArticle('IN_REVIEW'), settings: { fourEyesApproval: true } };
    expect(availableUpdateActions({ ...situation, actor: ACTORS.Eu }).map(({ action, blockedBecause }) => [action, blockedBecause !== null])).toEqual([
      ['requestUpdateChanges', false],
      ['publishUpdate', true],
      ['discardUpdate', false],
    ]);
    expect(availableUpdateActions({ ...situation, actor: ACTORS.E }).every(({ blockedBecause }) => blockedBecause === null)).toBe(true);
    expect(availableUpdateActions({ ...situation, actor: ACTORS.J })).toEqual([]);
  });
});

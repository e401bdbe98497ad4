import { EMPTY_CHECKLIST } from '../checklist/publish-checklist.schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { decideTransition } from './decide';
import { listPublicationProblems } from './preconditions';
import type { WorkflowAction, ArticleState } from './states';
import type { WorkflowActor, WorkflowArticle } from './workflow-types';

const complete: WorkflowArticle = {
  state: 'DRAFT',
  bylineUserIds: ['olha'],
  bylineCount: 1,
  headline: 'Russia and China strengthen defence cooperation – ISW',
  bodyText: 'Details: Russian Defence Minister Andrei Belousov arrived in China…',
  sectionId: 'world',
  slugTaken: false,
  standfirst: '',
  wordCount: 10,
  tagCount: 0,
  sourceCount: 0,
  leadImage: { credit: 'Stock photo: Getty Images', alt: 'Warships at sea' },
  contributions: { everBylineUserIds: ['olha'], writerUserIds: ['olha'], correctorUserIds: [] },
  embargoUntil: null,
};

describe('listPublicationProblems', () => {
  it('finds nothing missing in a complete article', () => {
    expect(listPublicationProblems(complete)).toEqual([]);
  });

  const oneMissing: [Partial<WorkflowArticle>, string][] = [
    [{ headline: '  ' }, 'Add a headline'],
    [{ bodyText: '\n' }, 'Write the body'],
    [{ sectionId: null }, 'Choose a section'],
    [{ bylineCount: 0, bylineUserIds: [] }, 'Add at least one byline'],
    [{ slugTaken: true }, 'Choose a slug no other article uses'],
    [{ leadImage: { credit: '', alt: 'Warships' } }, 'Credit the lead image'],
    [{ leadImage: { credit: 'Getty', alt: ' ' } }, 'Add alt text to the lead image'],
  ];
  it.each(oneMissing)('reports %o as "%s"', (change, problem) => {
    expect(listPublicationProblems({ ...complete, ...change })).toEqual([problem]);
  });

  it('allows an article with no lead image at all', () => {
    expect(listPublicationProblems({ ...complete, leadImage: null })).toEqual([]);
  });

  it('lists every missing item at once', () => {
    const empty: WorkflowArticle = {
      ...complete,
      headline: '',
      bodyText: '',
      sectionId: null,
      bylineCount: 0,
      bylineUserIds: [],
      slugTaken: true,
      leadImage: { credit: '', alt: '' },
    };
    expect(listPublicationProblems(empty, { publishAt: null, now: new Date() })).toEqual([
      'Add a headline',
      'Write the body',
      'Choose a section',
      'Add at least one byline',
      'Choose a slug no other article uses',
      'Credit the lead image',
      'Add alt text to the lead image',
      'Choose a publish time',
    ]);
  });

  it('a failed submit carries every problem in the error', () => {
    let caught: unknown;
    try {
      decideTransition({
        action: 'submit',
        actor: { kind: 'staff', id: 'olha', role: 'JOURNALIST' },
        article: { ...complete, headline: '', sectionId: null },
        settings: { fourEyesApproval: true, publishChecklist: EMPTY_CHECKLIST },
        input: {},
        now: new Date(),
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'PRECONDITION_FAILED', details: { problems: ['Add a headline', 'Choose a section'] } });
  });
});

describe('which steps check the preconditions', () => {
  const editor: WorkflowActor = { kind: 'staff', id: 'dana', role: 'EDITOR' };
  const admin: WorkflowActor = { kind: 'staff', id: 'alex', role: 'ADMIN' };
  const system: WorkflowActor = { kind: 'system' };
  // Each action from a state it leaves, by someone allowed to take it; "checked" means an article without a
  // section is refused with PRECONDITION_FAILED, "not checked" means the step goes ahead regardless.
  const CASES: [WorkflowAction, ArticleState, WorkflowActor, 'checked' | 'not checked'][] = [
    ['submit', 'DRAFT', editor, 'checked'],
    ['submit', 'CHANGES_REQUESTED', editor, 'checked'],
    ['approve', 'IN_REVIEW', editor, 'checked'],
    ['schedule', 'APPROVED', editor, 'checked'],
    ['reschedule', 'SCHEDULED', editor, 'checked'],
    ['publish', 'APPROVED', editor, 'checked'],
    ['republish', 'UNPUBLISHED', editor, 'checked'],
    ['publishScheduled', 'SCHEDULED', system, 'checked'],
    ['requestChanges', 'IN_REVIEW', editor, 'not checked'],
    ['unschedule', 'SCHEDULED', editor, 'not checked'],
    ['unpublish', 'PUBLISHED', editor, 'not checked'],
    ['holdScheduled', 'SCHEDULED', system, 'not checked'],
    ['unpublishExpired', 'PUBLISHED', system, 'not checked'],
    ['archive', 'APPROVED', admin, 'not checked'],
    ['restore', 'ARCHIVED', admin, 'not checked'],
  ];
  it.each(CASES)('%s from %s: %s', (action, state, actor, expected) => {
    const attempt = () =>
      decideTransition({
        action,
        actor,
        article: { ...complete, state, sectionId: null },
        settings: { fourEyesApproval: true, publishChecklist: EMPTY_CHECKLIST },
        input: { comment: 'Because', publishAt: new Date('2026-11-26T08:00:00Z') },
        now: new Date('2026-11-25T10:00:00Z'),
      });
    if (expected === 'checked') {
      expect(attempt).toThrow(expect.objectContaining({ code: 'PRECONDITION_FAILED', details: { problems: ['Choose a section'] } }));
    } else {
      expect(attempt).not.toThrow();
    }
  });
});


describe('image usage rights', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  const endsAt = new Date('2026-11-27T00:00:00Z');
  const withRights = (what: 'the lead image' | 'an image in the text', at = endsAt): WorkflowArticle => ({ ...complete, imageRights: [{ what, endsAt: at }] });

  it('refuses an image whose rights have run out, naming it', () => {
    expect(listPublicationProblems(withRights('the lead image', now), undefined, now)).toEqual(['Replace the lead image: its usage rights have run out']);
    expect(listPublicationProblems(withRights('an image in the text', new Date('2026-01-01T00:00:00Z')), undefined, now)).toEqual([
      'Replace an image in the text: its usage rights have run out',
    ]);
  });

  it('allows an image whose rights last past the time it goes live, and refuses a publish time after they end', () => {
    expect(listPublicationProblems(withRights('the lead image'), undefined, now)).toEqual([]);
    expect(listPublicationProblems(withRights('the lead image'), { publishAt: new Date('2026-11-26T08:00:00Z'), now })).toEqual([]);
    expect(listPublicationProblems(withRights('the lead image'), { publishAt: endsAt, now })).toEqual([
      'Replace the lead image or publish earlier: its usage rights end before the publish time',
    ]);
  });

  it.each([
    ['publish', 'APPROVED', { kind: 'staff', id: 'dana', role: 'EDITOR' }],
    ['republish', 'UNPUBLISHED', { kind: 'staff', id: 'dana', role: 'EDITOR' }],
    ['publishScheduled', 'SCHEDULED', { kind: 'system' }],
  ] as [WorkflowAction, ArticleState, WorkflowActor][])('%s (the scheduler too) is refused with the reason once the rights have run out', (action, state, actor) => {
    const attempt = (at: Date) => () =>
      decideTransition({ action, actor, article: { ...withRights('the lead image', endsAt), state }, settings: { fourEyesApproval: true, publishChecklist: EMPTY_CHECKLIST }, input: {}, now: at });
    expect(attempt(now)).not.toThrow();
    expect(attempt(endsAt)).toThrow(
      expect.objectContaining({ code: 'PRECONDITION_FAILED', details: { problems: ['Replace the lead image: its usage rights have run out'] } }),
    );
  });
});

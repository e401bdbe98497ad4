import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEMS,
  CHECKLIST_LEVELS,
  EMPTY_CHECKLIST,
  publishChecklistSchema,
  type ChecklistItem,
  type PublishChecklist,
} from '../checklist/publish-checklist.schema';
import { AppError } from '../errors';
import { evaluateChecklist, missingRequiredItems, type ChecklistFacts } from './checklist';
import { decideTransition } from './decide';
import { WORKFLOW_ACTIONS, type ArticleState, type WorkflowAction } from './states';
import { ACTION_RULES, TRANSITIONS } from './transitions';
import type { WorkflowArticle } from './workflow-types';

const WORLD = '0190f0a0-0000-7000-8000-000000000001';
const SPORT = '0190f0a0-0000-7000-8000-000000000002';

/** Meets every item of RANGES below. */
const good: ChecklistFacts = {
  headline: 'Russia and China strengthen defence cooperation',
  standfirst: 'The defence ministers met in Qingdao.',
  sectionId: WORLD,
  leadImage: { credit: 'Getty', alt: 'Warships at sea' },
  tagCount: 2,
  sourceCount: 1,
  wordCount: 400,
};
const RANGES = { headlineLength: { min: 20, max: 80 }, standfirstLength: { min: 10, max: 200 }, wordCount: { min: 300, max: 1500 } };

/** Facts that fail each item. */
const FAILING: Record<ChecklistItem, [Partial<ChecklistFacts>, string][]> = {
  leadImage: [
    [{ leadImage: null }, 'Add a lead image with alt text'],
    [{ leadImage: { credit: 'Getty', alt: '  ' } }, 'Add alt text to the lead image'],
  ],
  tags: [[{ tagCount: 0 }, 'Add at least one tag']],
  source: [[{ sourceCount: 0 }, 'Add at least one source']],
  headlineLength: [
    [{ headline: 'Too short' }, 'Lengthen the headline to 20–80 characters (now 9)'],
    [{ headline: 'x'.repeat(81) }, 'Shorten the headline to 20–80 characters (now 81)'],
  ],
  standfirstLength: [
    [{ standfirst: '' }, 'Lengthen the standfirst to 10–200 characters (now 0)'],
    [{ standfirst: 'y'.repeat(201) }, 'Shorten the standfirst to 10–200 characters (now 201)'],
  ],
  wordCount: [
    [{ wordCount: 299 }, 'Lengthen the body to 300–1,500 words (now 299)'],
    [{ wordCount: 1501 }, 'Shorten the body to 300–1,500 words (now 1,501)'],
  ],
};

function only(item: ChecklistItem, level: PublishChecklist[ChecklistItem]['level'], sectionIds: string[] = []): PublishChecklist {
  const range = item in RANGES ? RANGES[item as keyof typeof RANGES] : {};
  return publishChecklistSchema.parse({ [item]: { level, sectionIds, ...range } });
}

describe('evaluateChecklist', () => {
  it('checks nothing when every item is off (the default)', () => {
    expect(evaluateChecklist(EMPTY_CHECKLIST, { ...good, leadImage: null, tagCount: 0, sourceCount: 0 })).toEqual([]);
  });

  // Every item × every level × met or each way of failing it.
  for (const item of CHECKLIST_ITEMS) {
    for (const level of CHECKLIST_LEVELS) {
      it(`${item} ${level}: met`, () => {
        const results = evaluateChecklist(only(item, level), good);
        expect(results.map((r) => [r.item, r.level, r.met])).toEqual(level === 'off' ? [] : [[item, level, true]]);
        expect(missingRequiredItems(only(item, level), good)).toEqual([]);
      });
      for (const [change, problem] of FAILING[item]) {
        it(`${item} ${level}: ${problem}`, () => {
          const facts = { ...good, ...change };
          const results = evaluateChecklist(only(item, level), facts);
          expect(results).toEqual(level === 'off' ? [] : [expect.objectContaining({ item, level, met: false, detail: problem })]);
          expect(missingRequiredItems(only(item, level), facts)).toEqual(level === 'required' ? [problem] : []);
        });
      }
    }
  }

  it('applies an item limited to sections only to articles in them', () => {
    const sportOnly = only('tags', 'required', [SPORT]);
    expect(evaluateChecklist(sportOnly, { ...good, tagCount: 0 })).toEqual([]);
    expect(evaluateChecklist(sportOnly, { ...good, tagCount: 0, sectionId: null })).toEqual([]);
    expect(missingRequiredItems(sportOnly, { ...good, tagCount: 0, sectionId: SPORT })).toEqual(['Add at least one tag']);
    expect(missingRequiredItems(only('tags', 'required', [WORLD, SPORT]), { ...good, tagCount: 0 })).toEqual(['Add at least one tag']);
  });

  it('meets a range at its bounds and with one bound only', () => {
    const at = (item: 'wordCount', min: number | null, max: number | null, wordCount: number) =>
      missingRequiredItems(publishChecklistSchema.parse({ [item]: { level: 'required', min, max } }), { ...good, wordCount });
    expect(at('wordCount', 300, 1500, 300)).toEqual([]);
    expect(at('wordCount', 300, 1500, 1500)).toEqual([]);
    expect(at('wordCount', 300, null, 100_000)).toEqual([]);
    expect(at('wordCount', 300, null, 1)).toEqual(['Lengthen the body to at least 300 words (now 1)']);
    expect(at('wordCount', null, 800, 0)).toEqual([]);
    expect(at('wordCount', null, 800, 801)).toEqual(['Shorten the body to at most 800 words (now 801)']);
  });

  it('counts characters as readers see them and ignores surrounding spaces', () => {
    const headline = publishChecklistSchema.parse({ headlineLength: { level: 'required', max: 5 } });
    expect(missingRequiredItems(headline, { ...good, headline: '  Київ! ' })).toEqual([]);
    expect(missingRequiredItems(headline, { ...good, headline: '🇺🇦🇺🇦🇺🇦' })).toEqual([]);
  });

  it('lists every unmet required item, and not the recommended ones', () => {
    const checklist = publishChecklistSchema.parse({
      leadImage: { level: 'required' },
      tags: { level: 'recommended' },
      source: { level: 'required' },
      wordCount: { level: 'required', min: 300 },
    });
    const facts = { ...good, leadImage: null, tagCount: 0, sourceCount: 0, wordCount: 12 };
    expect(missingRequiredItems(checklist, facts)).toEqual([
      'Add a lead image with alt text',
      'Add at least one source',
      'Lengthen the body to at least 300 words (now 12)',
    ]);
    expect(evaluateChecklist(checklist, facts).map((r) => `${r.item}:${r.level}:${r.met}`)).toEqual([
      'leadImage:required:false',
      'tags:recommended:false',
      'source:required:false',
      'wordCount:required:false',
    ]);
  });
});

describe('publishChecklistSchema', () => {
  it('refuses a minimum above the maximum, and a range item switched on without bounds', () => {
    expect(publishChecklistSchema.safeParse({ wordCount: { level: 'required', min: 10, max: 5 } }).success).toBe(false);
    expect(publishChecklistSchema.safeParse({ wordCount: { level: 'recommended' } }).success).toBe(false);
    expect(publishChecklistSchema.safeParse({ wordCount: { level: 'off' } }).success).toBe(true);
    expect(publishChecklistSchema.safeParse({ tags: { level: 'required', sectionIds: ['world'] } }).success).toBe(false);
  });
});

describe('the checklist in the workflow decision', () => {
  const article = (state: ArticleState): WorkflowArticle => ({
    ...good,
    state,
    embargoUntil: null,
    bylineUserIds: ['olha'],
    bylineCount: 1,
    bodyText: 'Details…',
    slugTaken: false,
    contributions: { everBylineUserIds: ['olha'], writerUserIds: ['olha'], correctorUserIds: [] },
    tagCount: 0,
  });
  const required = only('tags', 'required');
  const recommended = only('tags', 'recommended');
  const now = new Date('2026-11-27T10:00:00Z');
  const input = { publishAt: new Date('2026-11-28T10:00:00Z') };
  const decide = (action: WorkflowAction, from: ArticleState, publishChecklist: PublishChecklist) =>
    decideTransition({
      action,
      actor: ACTION_RULES[action].authority.kind === 'system' ? { kind: 'system' } : { kind: 'staff', id: 'dana', role: 'ADMIN' },
      article: article(from),
      settings: { fourEyesApproval: true, publishChecklist },
      input: { ...input, comment: 'why', takedown: { ground: 'LEGAL', notice: null } },
      now,
    });

  /** The steps that put (or keep) an article on its way to readers check the required items. */
  const GUARDED: WorkflowAction[] = ['approve', 'schedule', 'reschedule', 'publish', 'republish', 'publishScheduled'];

  for (const action of WORKFLOW_ACTIONS) {
    const from = (Object.keys(TRANSITIONS) as ArticleState[]).find((state) => action in TRANSITIONS[state]);
    if (!from) continue;
    it(`${action} from ${from}: ${GUARDED.includes(action) ? 'refused' : 'allowed'} with a required item unmet`, () => {
      expect(() => decide(action, from, recommended)).not.toThrow();
      if (!GUARDED.includes(action)) {
        expect(() => decide(action, from, required)).not.toThrow();
        return;
      }
      try {
        decide(action, from, required);
        expect.unreachable('the step should have been refused');
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('PRECONDITION_FAILED');
        expect((error as AppError).details.problems).toEqual(['Add at least one tag']);
      }
    });
  }
});

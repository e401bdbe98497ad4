import {
  CHECKLIST_ITEMS,
  CHECKLIST_ITEM_LABELS,
  type ChecklistItem,
  type ChecklistResult,
  type PublishChecklist,
  type RangeItem,
} from '../checklist/publish-checklist.schema';
import type { WorkflowArticle } from './workflow-types';

/** The facts the checklist reads (article/workflow-facts.ts fills them). */
export type ChecklistFacts = Pick<
  WorkflowArticle,
  'headline' | 'standfirst' | 'sectionId' | 'leadImage' | 'tagCount' | 'sourceCount' | 'wordCount'
>;

const RANGE_NOUN = { headlineLength: 'headline', standfirstLength: 'standfirst', wordCount: 'body' } as const satisfies Record<RangeItem, string>;
const RANGE_UNIT = { headlineLength: 'characters', standfirstLength: 'characters', wordCount: 'words' } as const satisfies Record<RangeItem, string>;

/**
 * How the article stands against the newsroom's checklist: one result per item that applies to it (not
 * off, and its sections include the article's, or it names none), in the checklist's order.
 */
export function evaluateChecklist(checklist: PublishChecklist, article: ChecklistFacts): ChecklistResult[] {
  return CHECKLIST_ITEMS.flatMap((item): ChecklistResult[] => {
    const config = checklist[item];
    if (config.level === 'off') return [];
    if (config.sectionIds.length > 0 && !(article.sectionId && config.sectionIds.includes(article.sectionId))) return [];
    const { met, detail } = check(item, checklist, article);
    return [{ item, label: CHECKLIST_ITEM_LABELS[item], level: config.level, met, detail }];
  });
}

/** The unmet required items, as the problems a refused approve or publish lists. */
export function missingRequiredItems(checklist: PublishChecklist, article: ChecklistFacts): string[] {
  return evaluateChecklist(checklist, article).flatMap((result) =>
    result.level === 'required' && !result.met ? [result.detail] : [],
  );
}

function check(item: ChecklistItem, checklist: PublishChecklist, article: ChecklistFacts): { met: boolean; detail: string } {
  switch (item) {
    case 'leadImage': {
      const met = article.leadImage !== null && article.leadImage.alt.trim() !== '';
      return { met, detail: met ? 'Lead image with alt text' : article.leadImage ? 'Add alt text to the lead image' : 'Add a lead image with alt text' };
    }
    case 'tags':
      return article.tagCount > 0
        ? { met: true, detail: plural(article.tagCount, 'tag') }
        : { met: false, detail: 'Add at least one tag' };
    case 'source':
      return article.sourceCount > 0
        ? { met: true, detail: plural(article.sourceCount, 'source') }
        : { met: false, detail: 'Add at least one source' };
    case 'headlineLength':
    case 'standfirstLength':
    case 'wordCount':
      return checkRange(item, checklist[item], measure(item, article));
  }
}

function measure(item: RangeItem, article: ChecklistFacts): number {
  if (item === 'wordCount') return article.wordCount;
  // Characters as a reader counts them (a flag, an emoji or an accented letter is one).
  return [...graphemes.segment((item === 'headlineLength' ? article.headline : article.standfirst).trim())].length;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function checkRange(item: RangeItem, range: { min: number | null; max: number | null }, value: number) {
  const unit = RANGE_UNIT[item];
  const now = `${value.toLocaleString('en')} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
  const tooShort = range.min !== null && value < range.min;
  const tooLong = range.max !== null && value > range.max;
  if (!tooShort && !tooLong) return { met: true, detail: now };
  const wanted =
    range.min !== null && range.max !== null
      ? `${range.min.toLocaleString('en')}–${range.max.toLocaleString('en')} ${unit}`
      : range.min !== null
        ? `at least ${range.min.toLocaleString('en')} ${unit}`
        : `at most ${(range.max ?? 0).toLocaleString('en')} ${unit}`;
  const verb = tooShort ? 'Lengthen' : 'Shorten';
  return { met: false, detail: `${verb} the ${RANGE_NOUN[item]} to ${wanted} (now ${value.toLocaleString('en')})` };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

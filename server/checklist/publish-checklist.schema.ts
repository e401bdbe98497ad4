import { z } from 'zod';

/**
 * The newsroom's pre-publish checklist, as admins configure it (settings) and the workflow reads it. One
 * schema for the admin form and the procedure. Each item is off, recommended (a warning on the article
 * screen) or required (approve, schedule and publish are refused on the server until it is met). An item
 * with sections applies only to articles in those sections; with none, to every article.
 */
export const CHECKLIST_LEVELS = ['off', 'recommended', 'required'] as const;
export type ChecklistLevel = (typeof CHECKLIST_LEVELS)[number];

export const CHECKLIST_ITEMS = ['leadImage', 'tags', 'source', 'headlineLength', 'standfirstLength', 'wordCount'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export const RANGE_ITEMS = ['headlineLength', 'standfirstLength', 'wordCount'] as const satisfies readonly ChecklistItem[];
export type RangeItem = (typeof RANGE_ITEMS)[number];

/** What each item is called in the admin form and on the article screen. */
export const CHECKLIST_ITEM_LABELS = {
  leadImage: 'Lead image with alt text',
  tags: 'At least one tag',
  source: 'At least one source',
  headlineLength: 'Headline length (characters)',
  standfirstLength: 'Standfirst length (characters)',
  wordCount: 'Word count',
} as const satisfies Record<ChecklistItem, string>;

const level = z.enum(CHECKLIST_LEVELS).default('off');
const sectionIds = z.array(z.uuid()).max(200).default([]);
const bound = z.number().int('Use a whole number.').min(0, 'Use zero or more.').max(100_000).nullable().default(null);

const plainItem = z.object({ level, sectionIds }).default({ level: 'off', sectionIds: [] });
const rangeItem = z
  .object({ level, sectionIds, min: bound, max: bound })
  .refine((item) => item.min === null || item.max === null || item.min <= item.max, {
    message: 'The minimum must not be above the maximum.',
    path: ['max'],
  })
  .refine((item) => item.level === 'off' || item.min !== null || item.max !== null, {
    message: 'Give a minimum, a maximum or both.',
    path: ['min'],
  })
  .default({ level: 'off', sectionIds: [], min: null, max: null });

export const publishChecklistSchema = z.object({
  leadImage: plainItem,
  tags: plainItem,
  source: plainItem,
  headlineLength: rangeItem,
  standfirstLength: rangeItem,
  wordCount: rangeItem,
});
export type PublishChecklist = z.output<typeof publishChecklistSchema>;
export type PublishChecklistInput = z.input<typeof publishChecklistSchema>;

/** Nothing checked: the newsroom's checklist until an admin sets one. */
export const EMPTY_CHECKLIST: PublishChecklist = publishChecklistSchema.parse({});

/** How one item stands for one article (article screen, and the server's list of what is missing). */
export const checklistResultSchema = z.object({
  item: z.enum(CHECKLIST_ITEMS),
  label: z.string(),
  level: z.enum(['recommended', 'required']),
  met: z.boolean(),
  /** What to do, when not met ("Add at least one tag"); what it is, when met ("412 words"). */
  detail: z.string(),
});
export type ChecklistResult = z.infer<typeof checklistResultSchema>;

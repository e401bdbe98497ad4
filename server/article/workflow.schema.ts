import { z } from 'zod';
import { WALL_TIME } from '../text/newsroom-wall-time';
import { ARTICLE_STATES, WORKFLOW_ACTIONS } from '../workflow/states';
import { TAKEDOWN_GROUNDS } from '../workflow/workflow-types';
import { articleIdSchema, expectedVersionSchema } from './article.schema';

/** Inputs of the workflow procedures; the desk's action dialogs validate with the same schemas. */
const step = { id: articleIdSchema, expectedVersion: expectedVersionSchema };

export const plainStepSchema = z.object(step);
export const commentStepSchema = z.object({
  ...step,
  comment: z.string().trim().min(1, 'Say what needs to change.').max(4000),
});
export const reasonStepSchema = z.object({
  ...step,
  reason: z.string().trim().min(1, 'Give a reason for unpublishing.').max(4000),
});
/** A takedown: why (kept in the desk), the ground (451 for a legal order, 410 for safety) and what readers read. */
export const takedownStepSchema = z.object({
  ...step,
  reason: z.string().trim().min(1, 'Give a reason for the takedown.').max(4000),
  ground: z.enum(TAKEDOWN_GROUNDS),
  notice: z.string().trim().max(2000).optional().default(''),
});
export const reinstateStepSchema = z.object({
  ...step,
  reason: z.string().trim().min(1, 'Give a reason for undoing the takedown.').max(4000),
});
/**
 * Publish and optional take-down times as the newsroom's wall-clock time (what the desk's date-time
 * pickers show). Used for scheduling and for rescheduling, from the article or the calendar.
 */
export const scheduleStepSchema = z.object({
  ...step,
  publishAt: z.string().regex(WALL_TIME, 'Choose a date and time.'),
  unpublishAt: z
    .string()
    .regex(WALL_TIME, 'Choose a date and time, or leave it empty.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

/** Sets or moves the embargo (a wall-clock time on the newsroom's clock), or lifts it (null). */
export const embargoSchema = z.object({ ...step, until: z.string().regex(WALL_TIME, 'Choose a date and time.').nullable() });

export const workflowResultSchema = z.object({
  id: z.string(),
  state: z.enum(ARTICLE_STATES),
  version: z.number(),
});

export const availableActionSchema = z.object({
  action: z.enum(WORKFLOW_ACTIONS),
  label: z.string(),
  needs: z.enum(['comment', 'reason', 'publishAt', 'takedown']).nullable(),
  blockedBecause: z.string().nullable(),
});

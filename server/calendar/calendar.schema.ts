import { z } from 'zod';
import { ARTICLE_STATES } from '../workflow/states';

/** What the calendar page asks for; everything optional, so a bare /desk/calendar shows this week. */
export const calendarInputSchema = z.object({
  view: z.enum(['week', 'month']).default('week'),
  // A real day: 2026-02-31 has the right shape but is no day, and would be read as 3 March.
  day: z.iso.date('Choose a day on the calendar, as YYYY-MM-DD.').optional(),
  sectionId: z.string().uuid().optional(),
});
export type CalendarInput = z.input<typeof calendarInputSchema>;

export const calendarEntrySchema = z.object({
  id: z.string(),
  headline: z.string(),
  state: z.enum(ARTICLE_STATES),
  version: z.number(),
  sectionName: z.string().nullable(),
  /** When it goes (or went) live, and that moment's day and time on the newsroom's clock. */
  at: z.date(),
  day: z.string(),
  time: z.string(),
  publishAt: z.date().nullable(),
  unpublishAt: z.date().nullable(),
  embargoUntil: z.date().nullable(),
  canReschedule: z.boolean(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

/** An approved piece with no publish time: the calendar lists them to be dragged onto a day. */
export const unscheduledPieceSchema = z.object({
  id: z.string(),
  headline: z.string(),
  version: z.number(),
  embargoUntil: z.date().nullable(),
  sectionName: z.string().nullable(),
  canSchedule: z.boolean(),
});
export type UnscheduledPiece = z.infer<typeof unscheduledPieceSchema>;

export const calendarSchema = z.object({
  view: z.enum(['week', 'month']),
  anchor: z.string(),
  today: z.string(),
  days: z.array(z.string()),
  previous: z.string(),
  next: z.string(),
  timeZone: z.string(),
  sectionId: z.string().nullable(),
  sections: z.array(z.object({ id: z.string(), name: z.string() })),
  entries: z.array(calendarEntrySchema),
  unscheduled: z.array(unscheduledPieceSchema),
});
export type Calendar = z.infer<typeof calendarSchema>;

import { isCalendarDayKey, wallTimeToInstant } from '../text/newsroom-wall-time';
import type { AuditCursor, ListAuditInput } from './audit.schema';

type Params = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filter form's values as typed (days are the newsroom's calendar days). */
export type AuditFormValues = { actorId: string; articleId: string; action: string; from: string; to: string };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/** The day after a YYYY-MM-DD day, as YYYY-MM-DD (calendar arithmetic, no time zone involved). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function startOfDay(day: string, timeZone: string): Date {
  try {
    return wallTimeToInstant(`${day}T00:00`, timeZone);
  } catch {
    return wallTimeToInstant(`${day}T01:00`, timeZone); // midnight skipped by a clock change there
  }
}

/**
 * The audit page's URL (a plain GET form, so filters are bookmarkable and work without JavaScript) as
 * audit.list input. "From" and "to" are whole days in the newsroom's time zone, both included.
 */
export function auditInputFromSearchParams(params: Params, timeZone: string): { input: ListAuditInput; values: AuditFormValues; problems: string[] } {
  const values: AuditFormValues = { actorId: one(params.actorId), articleId: one(params.articleId), action: one(params.action), from: one(params.from), to: one(params.to) };
  const problems: string[] = [];
  const input: ListAuditInput = { limit: 50 };
  if (values.actorId) {
    if (UUID.test(values.actorId)) input.actorId = values.actorId;
    else problems.push('Unknown person.');
  }
  if (values.articleId) {
    if (UUID.test(values.articleId)) input.articleId = values.articleId;
    else problems.push('The article ID should look like 0190a0a0-0000-7000-8000-000000000000.');
  }
  if (values.action) input.action = values.action.slice(0, 100);
  // Checked as days first: 2026-02-31 would otherwise be read as 3 March.
  const dayOrNull = (day: string) => (isCalendarDayKey(day) ? day : null);
  const fromDay = values.from ? dayOrNull(values.from) : undefined;
  const toDay = values.to ? dayOrNull(values.to) : undefined;
  const from = fromDay && startOfDay(fromDay, timeZone);
  const to = toDay && startOfDay(nextDay(toDay), timeZone);
  if (from === null || to === null) problems.push('Enter dates as YYYY-MM-DD.');
  if (from && to && from >= to) problems.push('The “to” day must not be before the “from” day.');
  else {
    if (from) input.from = from;
    if (to) input.to = to;
  }
  const cursor = parseCursor(one(params.before));
  if (cursor) input.cursor = cursor;
  return { input, values, problems };
}

export function cursorParam(cursor: AuditCursor): string {
  return `${cursor.createdAt.toISOString()}_${cursor.id}`;
}

function parseCursor(value: string): AuditCursor | null {
  const [at, id] = value.split('_');
  if (!at || !id || !UUID.test(id)) return null;
  const createdAt = new Date(at);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
}

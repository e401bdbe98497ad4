import type { Actor } from '../auth/actor';
import { articleWhereForActor } from '../article/article-scope';
import { staffBylineIds, toContributions } from '../article/workflow-facts';
import type { DbOrTx } from '../db/client';
import { newsroomSettings } from '../site/published-articles';
import { authorizeTransition } from '../workflow/decide';
import { newsroomDayOf } from '../text/newsroom-wall-time';
import { calendarRange } from './calendar-range';
import type { Calendar, CalendarInput } from './calendar.schema';
import { calendarInputSchema } from './calendar.schema';
import { unscheduledPieces } from './unscheduled-pieces';

/**
 * The editorial calendar: what is scheduled and what went live in a week or month, on the newsroom's
 * clock, optionally for one section, within what the actor may see. Scheduled pieces come with whether
 * this actor may move them (THE rule for rescheduling: the workflow's, four-eyes included).
 */
export async function getCalendar(db: DbOrTx, { actor, now = new Date(), ...raw }: CalendarInput & { actor: Actor; now?: Date }): Promise<Calendar> {
  const input = calendarInputSchema.parse(raw);
  const settings = await newsroomSettings(db);
  const { timeZone } = settings;
  const today = newsroomDayOf(now, timeZone);
  const range = calendarRange({ view: input.view, anchor: input.day ?? today, timeZone });
  const inRange = { gte: range.from, lt: range.to };
  const rows = await db.article.findMany({
    where: {
      AND: [
        articleWhereForActor(actor),
        input.sectionId ? { sectionId: input.sectionId } : {},
        { OR: [{ state: 'SCHEDULED', publishAt: inRange }, { state: 'PUBLISHED', publishedAt: inRange }] },
      ],
    },
    select: {
      id: true,
      headline: true,
      state: true,
      version: true,
      publishAt: true,
      publishedAt: true,
      unpublishAt: true,
      embargoUntil: true,
      section: { select: { name: true } },
      bylines: { select: { userId: true } },
      // Only the actor's own part in each piece: all the four-eyes rule needs to judge them.
      contributions: { where: { userId: actor.id }, select: { userId: true, kind: true } },
    },
  });
  const mayReschedule = (row: (typeof rows)[number]) =>
    authorizeTransition({
      action: 'reschedule',
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      article: { state: row.state, bylineUserIds: staffBylineIds(row.bylines), contributions: toContributions(row.contributions, row.bylines) },
      settings: { fourEyesApproval: settings.fourEyesApproval },
    }).allowed;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  const entries = rows
    .flatMap((row) => {
      // Scheduled pieces sit at their publish time, live ones at their first publication.
      const at = row.publishAt ?? row.publishedAt;
      if (!at) return [];
      return {
        id: row.id,
        headline: row.headline,
        state: row.state,
        version: row.version,
        sectionName: row.section?.name ?? null,
        at,
        day: newsroomDayOf(at, timeZone),
        time: time.format(at),
        publishAt: row.publishAt,
        unpublishAt: row.unpublishAt,
        embargoUntil: row.embargoUntil,
        canReschedule: mayReschedule(row),
      };
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.headline.localeCompare(b.headline));
  const sections = await db.section.findMany({ where: { archivedAt: null }, orderBy: { position: 'asc' }, select: { id: true, name: true } });
  return {
    view: range.view,
    anchor: range.anchor,
    today,
    days: range.days,
    previous: range.previous,
    next: range.next,
    timeZone,
    sectionId: input.sectionId ?? null,
    sections,
    entries,
    unscheduled: await unscheduledPieces(db, { actor, sectionId: input.sectionId ?? null, settings: { fourEyesApproval: settings.fourEyesApproval } }),
  };
}

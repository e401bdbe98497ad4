import { can } from '../auth/permissions';
import { AppError } from '../errors';
import type { NewsroomClock } from '../text/newsroom-time';
import { STATE_PHRASES, type ArticleState } from './states';
import type { WorkflowActor } from './workflow-types';

/**
 * Embargoes: an article may carry a time before which readers must not see it, distinct from when it is
 * planned to go live. While it holds, nothing puts the article before readers (publish, republish, the
 * scheduler: `goesLiveNow` steps), nothing schedules it before it, and no preview link shows it. Only
 * publication makes an article public, so every public page, feed and sitemap follows from these rules.
 */

/** Whether an embargo still holds at `now` (it ends at its time exactly). */
export function embargoHolds(embargoUntil: Date | null | undefined, now: Date): embargoUntil is Date {
  return embargoUntil != null && embargoUntil.getTime() > now.getTime();
}

/** The publication problem an embargo makes for a step, or null: going live now, or scheduled at `publishAt`. */
export function embargoProblem(embargoUntil: Date | null, when: { now: Date } | { publishAt: Date }): string | null {
  if ('now' in when) return embargoHolds(embargoUntil, when.now) ? 'Wait for the embargo to end' : null;
  return embargoHolds(embargoUntil, when.publishAt) ? 'Choose a publish time at or after the embargo' : null;
}

/** "Embargoed until 25 Nov 2026, 09:00" on the newsroom clock while it holds; null otherwise. */
export function embargoLabel(clock: NewsroomClock, embargoUntil: Date | null | undefined, now: Date): string | null {
  return embargoHolds(embargoUntil, now) ? `Embargoed until ${clock.dateTime(embargoUntil)}` : null;
}

/** States in which an embargo may be set, moved or lifted: the article is not before readers, nor locked. */
const EMBARGO_STATES: readonly ArticleState[] = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'UNPUBLISHED'];

export type EmbargoChange = 'set' | 'move' | 'lift';

/**
 * Whether this actor may set, move or lift (`until` null) an embargo on the article now, and which of the
 * three it is; throws FORBIDDEN (role), CONFLICT (state) or BAD_REQUEST (the time). An embargo on a live
 * article would come too late: unpublish it first. A scheduled article's publish time must not fall before
 * the new embargo (the scheduler would only hold it back): reschedule it first.
 */
export function decideEmbargoChange({
  actor,
  article,
  until,
  now,
}: {
  actor: WorkflowActor;
  article: { state: ArticleState; embargoUntil: Date | null; publishAt: Date | null };
  until: Date | null;
  now: Date;
}): EmbargoChange {
  if (actor.kind !== 'staff' || !can(actor.role, 'article.embargo')) {
    throw new AppError('FORBIDDEN', 'Your role cannot set, move or lift embargoes.');
  }
  if (!EMBARGO_STATES.includes(article.state)) {
    throw new AppError('CONFLICT', `This article is ${STATE_PHRASES[article.state]}, so its embargo can't be changed.`);
  }
  if (!until) {
    if (!embargoHolds(article.embargoUntil, now)) throw new AppError('CONFLICT', 'This article has no embargo to lift.');
    return 'lift';
  }
  if (until.getTime() <= now.getTime()) throw new AppError('BAD_REQUEST', 'Choose an embargo time in the future.', { problems: ['Choose an embargo time in the future'] });
  if (article.state === 'SCHEDULED' && article.publishAt && article.publishAt.getTime() < until.getTime()) {
    throw new AppError('BAD_REQUEST', 'It is scheduled before that time: reschedule it to after the embargo first.', {
      problems: ['Reschedule it to after the embargo first'],
    });
  }
  return embargoHolds(article.embargoUntil, now) ? 'move' : 'set';
}

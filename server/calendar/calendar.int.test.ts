import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';

const t = withTestDatabase();
const as = (actor: Actor | null) => createCaller({ db: t.db, actor });
// Wednesday 25 November 2026, mid-morning in Kyiv (UTC+2).
const NOW = new Date('2026-11-25T08:00:00Z');

async function plannedArticle(authors: { id: string }[], plan: { scheduledAt?: string; publishedAt?: string; sectionId?: string; headline: string }) {
  const article = await createArticle(t.db, {
    authors,
    state: plan.scheduledAt ? 'SCHEDULED' : 'PUBLISHED',
    headline: plan.headline,
    ...(plan.sectionId && { sectionId: plan.sectionId }),
  });
  return t.db.article.update({
    where: { id: article.id },
    data: plan.scheduledAt ? { publishAt: new Date(plan.scheduledAt) } : { publishedAt: new Date(plan.publishedAt ?? NOW) },
  });
}

describe('the editorial calendar', () => {
  it('places scheduled and published articles on newsroom days, filters by section, and says who may move them', async () => {
    await t.db.newsroomSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
    const [olha, dana] = await Promise.all([createStaff(t.db, { role: 'JOURNALIST' }), createStaff(t.db, { role: 'EDITOR' })]);
    const world = await createSection(t.db, { name: 'World' });
    const sport = await createSection(t.db, { name: 'Sport' });
    // 23:30 UTC on the 24th is already the 25th in Kyiv.
    await plannedArticle([olha], { headline: 'Late night', scheduledAt: '2026-11-24T23:30:00Z', sectionId: world.id });
    await plannedArticle([olha], { headline: 'Went live Monday', publishedAt: '2026-11-23T07:15:00Z', sectionId: world.id });
    await plannedArticle([olha], { headline: 'Sunday match', scheduledAt: '2026-11-29T16:00:00Z', sectionId: sport.id });
    // Outside the week (Monday 30 November in Kyiv), and a draft: never on the calendar.
    await plannedArticle([olha], { headline: 'Next week', scheduledAt: '2026-11-29T22:00:00Z', sectionId: world.id });
    await createArticle(t.db, { authors: [olha], headline: 'Just a draft', sectionId: world.id });

    const week = await as(actorFor(dana)).calendar.get({ view: 'week', day: '2026-11-25' });
    expect(week).toMatchObject({ view: 'week', timeZone: 'Europe/Kyiv', previous: '2026-11-18', next: '2026-12-02' });
    expect(week.days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(week.entries.map((e) => [e.headline, e.state, e.day, e.time, e.canReschedule])).toEqual([
      ['Went live Monday', 'PUBLISHED', '2026-11-23', '09:15', false],
      ['Late night', 'SCHEDULED', '2026-11-25', '01:30', true],
      ['Sunday match', 'SCHEDULED', '2026-11-29', '18:00', true],
    ]);

    const sportOnly = await as(actorFor(dana)).calendar.get({ view: 'week', day: '2026-11-25', sectionId: sport.id });
    expect(sportOnly.entries.map((e) => e.headline)).toEqual(['Sunday match']);

    const month = await as(actorFor(dana)).calendar.get({ view: 'month', day: '2026-11-25' });
    expect([month.days[0], month.days.at(-1)]).toEqual(['2026-10-26', '2026-12-06']);
    expect(month.entries.map((e) => e.headline)).toEqual(['Went live Monday', 'Late night', 'Sunday match', 'Next week']);
  });

  it('shows journalists only what they may see, and never offers them a reschedule', async () => {
    const [olha, sam] = await Promise.all([createStaff(t.db, { role: 'JOURNALIST' }), createStaff(t.db, { role: 'JOURNALIST' })]);
    await plannedArticle([olha], { headline: 'Olha’s scheduled piece', scheduledAt: '2026-11-26T09:00:00Z' });
    await plannedArticle([olha], { headline: 'Olha’s live piece', publishedAt: '2026-11-24T09:00:00Z' });
    const samsView = await as(actorFor(sam)).calendar.get({ view: 'week', day: '2026-11-25' });
    expect(samsView.entries.map((e) => e.headline)).toEqual(['Olha’s live piece']);
    const olhasView = await as(actorFor(olha)).calendar.get({ view: 'week', day: '2026-11-25' });
    expect(olhasView.entries.map((e) => [e.headline, e.canReschedule])).toEqual([
      ['Olha’s live piece', false],
      ['Olha’s scheduled piece', false],
    ]);
  });

  it('does not offer to move a piece to an editor who signed it, once or now, or wrote in it', async () => {
    const [olha, dana, erin, alex] = await Promise.all([
      createStaff(t.db, { role: 'JOURNALIST' }),
      createStaff(t.db, { role: 'EDITOR' }),
      createStaff(t.db, { role: 'EDITOR' }),
      createStaff(t.db, { role: 'ADMIN' }),
    ]);
    const signed = await plannedArticle([olha, dana], { headline: 'Signed by Dana', scheduledAt: '2026-11-26T09:00:00Z' });
    const edited = await plannedArticle([olha], { headline: 'Edited by Erin', scheduledAt: '2026-11-26T10:00:00Z' });
    await t.db.articleContribution.createMany({
      data: [
        { articleId: edited.id, userId: erin.id, kind: 'WROTE' },
        { articleId: signed.id, userId: alex.id, kind: 'BYLINE' },
      ],
    });
    const movable = async (actor: Actor) =>
      (await as(actor).calendar.get({ view: 'week', day: '2026-11-25' })).entries.map((e) => [e.headline, e.canReschedule]);
    expect(await movable(actorFor(dana))).toEqual([['Signed by Dana', false], ['Edited by Erin', true]]);
    expect(await movable(actorFor(erin))).toEqual([['Signed by Dana', true], ['Edited by Erin', false]]);
    expect(await movable(actorFor(alex))).toEqual([['Signed by Dana', false], ['Edited by Erin', true]]);
    const refused = await as(actorFor(erin))
      .article.reschedule({ id: edited.id, expectedVersion: edited.version, publishAt: '2099-01-01T09:00' })
      .then(() => null, (error: unknown) => error);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Four-eyes rule: you wrote or changed its text, so another editor must reschedule it.' });
  });

  it('defaults to this week in the newsroom zone, refuses a malformed day, and is for staff only', async () => {
    await t.db.newsroomSettings.create({ data: { id: 1, timeZone: 'Pacific/Kiritimati' } });
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const calendar = await as(dana).calendar.get({});
    expect(calendar.view).toBe('week');
    expect(calendar.days).toContain(calendar.today);
    await expect(as(dana).calendar.get({ day: '25/11/2026' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(as(null).calendar.get({})).rejects.toBeInstanceOf(TRPCError);
    await expect(as(null).calendar.get({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('lists approved pieces with no publish time, by section, with whether this person may schedule them (four-eyes)', async () => {
    const [olha, dana] = await Promise.all([createStaff(t.db, { role: 'JOURNALIST' }), createStaff(t.db, { role: 'EDITOR' })]);
    const world = await createSection(t.db, { name: 'World' });
    const sport = await createSection(t.db, { name: 'Sport' });
    const ready = await createArticle(t.db, { authors: [olha], state: 'APPROVED', headline: 'Ready to go', sectionId: world.id });
    const own = await createArticle(t.db, { authors: [dana], state: 'APPROVED', headline: 'Dana’s own', sectionId: sport.id });
    await createArticle(t.db, { authors: [olha], state: 'IN_REVIEW', headline: 'Not approved yet', sectionId: world.id });

    const all = await as(actorFor(dana)).calendar.get({ view: 'week', day: '2026-11-25' });
    expect(all.unscheduled.map((piece) => [piece.headline, piece.canSchedule])).toEqual([
      ['Ready to go', true],
      ['Dana’s own', false],
    ]);
    const sportOnly = await as(actorFor(dana)).calendar.get({ view: 'week', day: '2026-11-25', sectionId: sport.id });
    expect(sportOnly.unscheduled.map((piece) => piece.id)).toEqual([own.id]);
    // Dropping it on a day schedules it through the same step (the dialog calls article.schedule).
    await as(actorFor(dana)).article.schedule({ id: ready.id, expectedVersion: ready.version, publishAt: '2099-01-01T09:00' });
    expect((await as(actorFor(dana)).calendar.get({ view: 'week', day: '2026-11-25' })).unscheduled.map((p) => p.id)).toEqual([own.id]);
  });
});

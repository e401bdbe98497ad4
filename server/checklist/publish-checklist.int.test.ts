import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import type { Actor } from '../auth/actor';
import { createCaller } from '../api/root';
import { runDueWork } from '../scheduler/run-due-work';

const t = withTestDatabase();
const as = (actor: Actor) => createCaller({ db: t.db, actor });
const rowOf = (id: string) => t.db.article.findUniqueOrThrow({ where: { id }, select: { state: true, version: true, publishAt: true } });
const eventsOf = (id: string) => t.db.articleEvent.findMany({ where: { articleId: id }, orderBy: { createdAt: 'asc' }, select: { action: true, comment: true } });

async function newsroom() {
  const [olha, dana, alex] = await Promise.all([
    createStaff(t.db, { role: 'JOURNALIST', name: 'Olha Hlushchenko' }),
    createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }),
    createStaff(t.db, { role: 'ADMIN', name: 'Alex Morgan' }),
  ]);
  return { olha: actorFor(olha), dana: actorFor(dana), alex: actorFor(alex) };
}

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const result = await call.then(() => null, (error: unknown) => error);
  if (!(result instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(result)}`);
  return result;
}
/** The missing items the server listed (the formatter's details.problems, from the AppError). */
const problemsOf = (error: TRPCError) => (error.cause as { details?: { problems?: string[] } } | undefined)?.details?.problems;

describe('the pre-publish checklist', () => {
  it('is saved by an admin, audited, and read back as saved', async () => {
    const { alex } = await newsroom();
    expect((await as(alex).settings.checklist()).tags.level).toBe('off');
    const saved = await as(alex).settings.updateChecklist({
      tags: { level: 'required' },
      wordCount: { level: 'recommended', min: 300, max: 1500 },
    });
    expect(saved.tags).toEqual({ level: 'required', sectionIds: [] });
    expect(await as(alex).settings.checklist()).toEqual(saved);
    const audit = await t.db.auditEvent.findMany({ where: { action: 'settings.checklist_changed' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(alex.id);
    // Saving the same again changes and logs nothing.
    await as(alex).settings.updateChecklist(saved);
    expect(await t.db.auditEvent.count({ where: { action: 'settings.checklist_changed' } })).toBe(1);
  });

  it('refuses approve and publish with every missing required item, changing nothing; recommended ones only warn', async () => {
    const { olha, dana, alex } = await newsroom();
    await as(alex).settings.updateChecklist({
      tags: { level: 'required' },
      source: { level: 'required' },
      leadImage: { level: 'recommended' },
    });
    const inReview = await createArticle(t.db, { authors: [olha], state: 'IN_REVIEW' });
    const approve = await failure(as(dana).article.approve({ id: inReview.id, expectedVersion: 1 }));
    expect(approve.code).toBe('PRECONDITION_FAILED');
    expect(problemsOf(approve)).toEqual(['Add at least one tag', 'Add at least one source']);
    expect(approve.message).toContain('Add at least one tag; Add at least one source');
    expect(await rowOf(inReview.id)).toMatchObject({ state: 'IN_REVIEW', version: 1 });
    expect(await eventsOf(inReview.id)).toEqual([]);

    const approved = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });
    const publish = await failure(as(dana).article.publish({ id: approved.id, expectedVersion: 1 }));
    expect(problemsOf(publish)).toEqual(['Add at least one tag', 'Add at least one source']);
    expect(await rowOf(approved.id)).toMatchObject({ state: 'APPROVED', version: 1 });

    // The article screen shows the same standing, recommended item included.
    const screen = await as(dana).article.get({ id: inReview.id });
    expect(screen.checklist.map((r) => [r.item, r.level, r.met])).toEqual([
      ['leadImage', 'recommended', false],
      ['tags', 'required', false],
      ['source', 'required', false],
    ]);

    // Once met, the same steps go through; the unmet recommended lead image does not stop them.
    const tag = await t.db.tag.create({ data: { name: 'Defence', slug: 'defence' } });
    for (const id of [inReview.id, approved.id]) {
      await t.db.articleTag.create({ data: { articleId: id, tagId: tag.id } });
      await t.db.sourceAttribution.create({ data: { articleId: id, position: 0, name: 'ISW' } });
    }
    expect((await as(dana).article.approve({ id: inReview.id, expectedVersion: 1 })).state).toBe('APPROVED');
    expect((await as(dana).article.publish({ id: approved.id, expectedVersion: 1 })).state).toBe('PUBLISHED');
  });

  it('applies an item limited to a section only there, and does not hold back a submission', async () => {
    const { olha, dana, alex } = await newsroom();
    const sport = await createSection(t.db, { name: 'Sport' });
    await as(alex).settings.updateChecklist({ tags: { level: 'required', sectionIds: [sport.id] } });
    const elsewhere = await createArticle(t.db, { authors: [olha], state: 'IN_REVIEW' });
    expect((await as(dana).article.approve({ id: elsewhere.id, expectedVersion: 1 })).state).toBe('APPROVED');
    const inSport = await createArticle(t.db, { authors: [olha], sectionId: sport.id });
    expect((await as(olha).article.submit({ id: inSport.id, expectedVersion: 1 })).state).toBe('IN_REVIEW');
    const error = await failure(as(dana).article.approve({ id: inSport.id, expectedVersion: 2 }));
    expect(problemsOf(error)).toEqual(['Add at least one tag']);
  });

  it('is checked when scheduling, and again at go-live: a due article that no longer meets it is held, logged and its editors told', async () => {
    const { olha, dana, alex } = await newsroom();
    await as(alex).settings.updateChecklist({ source: { level: 'required' } });
    const approved = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });
    const schedule = await failure(
      as(dana).article.schedule({ id: approved.id, expectedVersion: 1, publishAt: '2099-01-01T09:00' }),
    );
    expect(problemsOf(schedule)).toEqual(['Add at least one source']);
    expect(await rowOf(approved.id)).toMatchObject({ state: 'APPROVED', publishAt: null });

    // Scheduled while nothing was required; then the admin requires a word count it falls short of.
    await as(alex).settings.updateChecklist({ source: { level: 'off' } });
    await as(dana).article.schedule({ id: approved.id, expectedVersion: 1, publishAt: '2099-01-01T09:00' });
    await as(alex).settings.updateChecklist({ wordCount: { level: 'required', min: 300 } });
    const result = await runDueWork(t.db, { clock: () => new Date('2099-01-02T00:00:00Z') });
    expect(result).toMatchObject({ published: [], held: [approved.id] });
    expect(await rowOf(approved.id)).toMatchObject({ state: 'APPROVED', publishAt: null });
    expect((await eventsOf(approved.id)).at(-1)).toEqual({
      action: 'holdScheduled',
      comment: 'Not published: Lengthen the body to at least 300 words (now 3)',
    });
    const told = await as(dana).notification.list({});
    expect(told.items.map((n) => n.kind)).toContain('holdScheduled');
  });

  it('refuses a checklist whose minimum is above its maximum, saving nothing', async () => {
    const { alex } = await newsroom();
    const error = await failure(as(alex).settings.updateChecklist({ wordCount: { level: 'required', min: 900, max: 300 } }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(await t.db.auditEvent.count({ where: { action: 'settings.checklist_changed' } })).toBe(0);
  });
});

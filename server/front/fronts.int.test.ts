import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { codeOf } from '../admin/admin-test-support';
import { createCaller } from '../api/root';
import type { Role } from '../auth/permissions';
import { defaultFrontLayout, EMPTY_SLOT, type FrontLayout } from './front-layout.schema';
import { homeFront, sectionFront } from './front-target';
import { buildFrontPage, readFrontPage } from './read-front';

const t = withTestDatabase();

async function callerOf(role: Role) {
  const actor = actorFor(await createStaff(t.db, { role }));
  const revalidated: string[][] = [];
  const api = createCaller({ db: t.db, actor, revalidatePublicPages: (tags) => {
      revalidated.push([...tags]);
      return Promise.resolve();
    } });
  return { actor, api, revalidated };
}

/** Three live stories, published an hour apart (the newest last), in one section. */
async function liveStories() {
  const section = await createSection(t.db, { name: 'World' });
  const author = await createStaff(t.db);
  const stories = [];
  for (const [index, headline] of ['Oldest story', 'Middle story', 'Newest story'].entries()) {
    const story = await createArticle(t.db, { authors: [author], state: 'PUBLISHED', sectionId: section.id, headline });
    stories.push(await t.db.article.update({ where: { id: story.id }, data: { publishedAt: new Date(Date.UTC(2026, 10, 1, index)) } }));
  }
  return { section, stories };
}

const withLead = (articleId: string, over: Partial<FrontLayout['lead']> = {}): FrontLayout => ({ ...defaultFrontLayout(null), lead: { ...EMPTY_SLOT, articleId, ...over } });

describe('arranging a front', () => {
  it('an editor puts a story in the lead with its own headline; readers see it, the audit log records it, the home page is revalidated', async () => {
    const { stories } = await liveStories();
    const oldest = stories[0]!;
    const { actor, api, revalidated } = await callerOf('EDITOR');
    const opened = await api.front.get({ front: 'home' });
    expect(opened.version).toBe(0);
    expect(opened.preview.lead?.headline).toBe('Newest story');

    const layout = withLead(oldest.id, { pinned: true, altHeadline: 'The story of the day' });
    const preview = await api.front.preview({ front: 'home', layout });
    expect(preview.lead).toMatchObject({ id: oldest.id, headline: 'The story of the day', pinned: true });
    expect(await t.db.front.count()).toBe(0); // a preview saves nothing

    expect(await api.front.save({ front: 'home', expectedVersion: 0, layout })).toEqual({ version: 1 });
    expect(revalidated).toEqual([['home']]);
    const page = await readFrontPage(t.db, homeFront());
    expect(page.lead).toMatchObject({ id: oldest.id, headline: 'The story of the day' });
    expect([...page.top, ...page.blocks.flatMap((block) => block.stories)].map((story) => story.id)).not.toContain(oldest.id);
    expect(await t.db.auditEvent.findMany({ where: { action: 'front.saved' }, select: { actorId: true, targetType: true, targetId: true, before: true, after: true } })).toEqual([
      { actorId: actor.id, targetType: 'front', targetId: 'home', before: null, after: { front: 'Home', layout } },
    ]);
    expect((await api.front.get({ front: 'home' })).version).toBe(1);
  });

  it('refuses a save from a stale version with CONFLICT, keeping the other editor’s layout', async () => {
    const { stories } = await liveStories();
    const { api } = await callerOf('EDITOR');
    const { api: other } = await callerOf('ADMIN');
    await other.front.save({ front: 'home', expectedVersion: 0, layout: withLead(stories[1]!.id) });
    await expect(api.front.save({ front: 'home', expectedVersion: 0, layout: withLead(stories[0]!.id) })).rejects.toThrow(/Someone else saved this front/);
    await other.front.save({ front: 'home', expectedVersion: 1, layout: withLead(stories[2]!.id) });
    expect(await codeOf(api.front.save({ front: 'home', expectedVersion: 1, layout: withLead(stories[0]!.id) }))).toBe('CONFLICT');
    const row = await t.db.front.findUniqueOrThrow({ where: { key: 'home' } });
    expect(row.version).toBe(2);
    expect(row.layout).toEqual(withLead(stories[2]!.id));
    expect(await t.db.auditEvent.count({ where: { action: 'front.saved' } })).toBe(2);
  });

  it('a journalist may not open, preview or save a front; nothing is written', async () => {
    const { stories } = await liveStories();
    const { api } = await callerOf('JOURNALIST');
    expect(await codeOf(api.front.get({ front: 'home' }))).toBe('FORBIDDEN');
    expect(await codeOf(api.front.preview({ front: 'home', layout: withLead(stories[0]!.id) }))).toBe('FORBIDDEN');
    expect(await codeOf(api.front.save({ front: 'home', expectedVersion: 0, layout: withLead(stories[0]!.id) }))).toBe('FORBIDDEN');
    expect(await t.db.front.count()).toBe(0);
    expect(await t.db.auditEvent.count()).toBe(0);
  });

  it('a section’s front fills from its section, refuses section blocks, and an unknown front is NOT_FOUND', async () => {
    const { section, stories } = await liveStories();
    const elsewhere = await createArticle(t.db, { authors: [await createStaff(t.db)], state: 'PUBLISHED', headline: 'Elsewhere' });
    const { api, revalidated } = await callerOf('EDITOR');
    const opened = await api.front.get({ front: section.slug });
    expect(opened.preview.lead?.id).toBe(stories[2]!.id);
    expect([opened.preview.lead, ...opened.preview.top].map((story) => story?.id)).not.toContain(elsewhere.id);
    expect(await codeOf(api.front.save({ front: section.slug, expectedVersion: 0, layout: defaultFrontLayout([section.id]) }))).toBe('BAD_REQUEST');
    await api.front.save({ front: section.slug, expectedVersion: 0, layout: withLead(elsewhere.id) });
    expect(revalidated).toEqual([[`section:${section.slug}`]]);
    expect((await readFrontPage(t.db, sectionFront(section))).lead?.id).toBe(elsewhere.id);
    expect(await codeOf(api.front.get({ front: 'no-such-section' }))).toBe('NOT_FOUND');
  });

  it('section and tag blocks each show their own newest live stories not shown above them', async () => {
    const author = await createStaff(t.db);
    const [sectionA, sectionB, sectionC] = await Promise.all([createSection(t.db), createSection(t.db), createSection(t.db)]);
    const tag = await t.db.tag.create({ data: { name: `Harbour ${Date.now()}`, slug: `harbour-${Date.now()}` } });
    /** A live story of `section`, published `hour` hours into 2020 (older than every other test's). */
    const story = async (section: { id: string }, headline: string, hour: number, tagged = false) => {
      const made = await createArticle(t.db, { authors: [author], state: 'PUBLISHED', sectionId: section.id, headline });
      if (tagged) await t.db.articleTag.create({ data: { articleId: made.id, tagId: tag.id } });
      return t.db.article.update({ where: { id: made.id }, data: { publishedAt: new Date(Date.UTC(2020, 0, 1, hour)) } });
    };
    const a = [await story(sectionA, 'A1', 1), await story(sectionA, 'A2', 2), await story(sectionA, 'A3', 3), await story(sectionA, 'A4', 4, true)];
    const b = [await story(sectionB, 'B1', 5, true), await story(sectionB, 'B2', 6, true), await story(sectionB, 'B3', 7, true)];
    await story(sectionB, 'B4, not tagged', 8);
    await story(sectionA, 'A5, not live', 9).then((draft) => t.db.article.update({ where: { id: draft.id }, data: { state: 'UNPUBLISHED' } }));
    // Every slot chosen, so nothing above the blocks fills itself from the newest.
    const chosen = await Promise.all([1, 2, 3, 4, 5].map((n) => story(sectionC, `C${n}`, 10 + n)));
    const slot = (articleId: string) => ({ ...EMPTY_SLOT, articleId });
    const layout: FrontLayout = {
      lead: slot(chosen[0]!.id),
      top: chosen.slice(1).map((picked) => slot(picked.id)),
      blocks: [
        { kind: 'section', sectionId: sectionA.id, count: 2 },
        { kind: 'tag', tagSlug: tag.slug, count: 2 },
      ],
    };
    const page = await buildFrontPage(t.db, homeFront(), layout);
    expect([page.lead, ...page.top].map((shown) => shown?.headline)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(page.blocks.map((block) => block.stories.map((shown) => shown.id))).toEqual([
      [a[3]!.id, a[2]!.id],
      // A4 carries the tag too, but the section block above already shows it.
      [b[2]!.id, b[1]!.id],
    ]);
  });

  it('a story unpublished or taken down leaves every front on the next read, its slot filling itself', async () => {
    const { stories } = await liveStories();
    const [oldest, middle] = [stories[0]!, stories[1]!];
    const { api, revalidated } = await callerOf('EDITOR');
    await api.front.save({ front: 'home', expectedVersion: 0, layout: { ...withLead(oldest.id, { pinned: true }), top: [{ ...EMPTY_SLOT, articleId: middle.id }, EMPTY_SLOT, EMPTY_SLOT, EMPTY_SLOT] } });
    await api.article.unpublish({ id: oldest.id, expectedVersion: oldest.version, reason: 'Legal asked us to.' });
    // The home page's cache tag is among those the unpublication expired.
    expect(revalidated.at(-1)).toEqual(expect.arrayContaining(['home', 'section-fronts']));
    await api.article.takeDown({ id: middle.id, expectedVersion: middle.version, reason: 'Court order', ground: 'LEGAL', notice: '' });
    expect(revalidated.at(-1)).toEqual(expect.arrayContaining(['home', 'section-fronts']));
    const page = await readFrontPage(t.db, homeFront());
    const shown = [page.lead, ...page.top, ...page.blocks.flatMap((block) => block.stories)].map((story) => story?.id);
    expect(shown).toEqual([stories[2]!.id]);
  });
});

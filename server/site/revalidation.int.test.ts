import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';

const t = withTestDatabase();

/** A caller whose revalidations are recorded, one entry per call, as the route layer would receive them. */
function recordingCaller(actor: Actor) {
  const calls: (readonly string[])[] = [];
  const api = createCaller({ db: t.db, actor, revalidatePublicPages: (tags) => Promise.resolve(void calls.push(tags)) });
  return { api, calls };
}

async function liveNewsroom() {
  const olha = await createStaff(t.db, { name: 'Olha Hlushchenko' });
  const dana = actorFor(await createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }));
  const world = await createSection(t.db, { name: 'World' });
  const tag = await t.db.tag.create({ data: { name: 'Ukraine', slug: 'ukraine' } });
  const article = await createArticle(t.db, { authors: [olha], sectionId: world.id, state: 'APPROVED' });
  await t.db.articleTag.create({ data: { articleId: article.id, tagId: tag.id } });
  return { olha, dana, world, article };
}

describe('what the procedures revalidate, after their write is committed', () => {
  it('publish: the article, its section, tag and author, the home page, feed and sitemaps', async () => {
    const { olha, dana, world, article } = await liveNewsroom();
    const { api, calls } = recordingCaller(dana);
    await api.article.publish({ id: article.id, expectedVersion: article.version });
    expect(calls).toEqual([
      [`article:${article.slug}`, `author:${olha.slug}`, 'corrections', 'feed', 'home', 'section-fronts', `section:${world.slug}`, 'sitemap', 'tag:ukraine'],
    ]);
  });

  it('unpublish: the same pages, so it leaves every one of them', async () => {
    const { dana, world, article } = await liveNewsroom();
    const { api, calls } = recordingCaller(dana);
    const { version } = await api.article.publish({ id: article.id, expectedVersion: article.version });
    await api.article.unpublish({ id: article.id, expectedVersion: version, reason: 'Legal review' });
    expect(calls[1]).toEqual(calls[0]);
    expect(calls[1]).toContain(`section:${world.slug}`);
  });

  it('a correction moving a live article to another section revalidates both sections', async () => {
    const { olha, dana, world, article } = await liveNewsroom();
    const politics = await createSection(t.db, { name: 'Politics' });
    const { api, calls } = recordingCaller(dana);
    const { version } = await api.article.publish({ id: article.id, expectedVersion: article.version });
    await api.article.save({
      id: article.id,
      expectedVersion: version,
      content: {
        headline: 'Corrected headline',
        slug: article.slug,
        standfirst: '',
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Details: the body.' }] }] },
        sectionId: politics.id,
        tagIds: [],
        bylines: [{ userId: olha.id }],
        sources: [],
        leadImage: null,
      },
    });
    expect(calls[1]).toEqual(expect.arrayContaining([`section:${world.slug}`, `section:${politics.slug}`, 'tag:ukraine', `article:${article.slug}`]));
  });

  it('steps on an article readers never saw revalidate nothing', async () => {
    const { dana, article } = await liveNewsroom();
    const { api, calls } = recordingCaller(dana);
    await api.article.schedule({ id: article.id, expectedVersion: article.version, publishAt: '2030-01-01T09:00' });
    expect(calls).toEqual([[]]);
  });

  it('a section rename revalidates the whole site; reordering only navigation and the home page', async () => {
    const { world } = await liveNewsroom();
    const alex = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
    const { api, calls } = recordingCaller(alex);
    await api.section.update({ sectionId: world.id, name: 'World news', slug: 'world-news', description: '' });
    await api.section.reorder({ sectionIds: [world.id] });
    expect(calls).toEqual([['site'], ['navigation', 'home']]);
  });

  it('a refused step revalidates nothing', async () => {
    const { olha, article } = await liveNewsroom();
    const { api, calls } = recordingCaller(actorFor(olha));
    await expect(api.article.publish({ id: article.id, expectedVersion: article.version })).rejects.toThrow();
    expect(calls).toEqual([]);
  });

  it('a profile change: the author page, or every byline when the name changes', async () => {
    const olha = await createStaff(t.db, { name: 'Olha Hlushchenko' });
    const { api, calls } = recordingCaller(actorFor(olha));
    await api.profile.update({ name: 'Olha Hlushchenko', jobTitle: 'Defence correspondent', bio: 'Covers the war.' });
    await api.profile.update({ name: 'Olha H.', jobTitle: 'Defence correspondent', bio: 'Covers the war.' });
    expect(calls).toEqual([[`author:${olha.slug}`], ['site']]);
  });
});

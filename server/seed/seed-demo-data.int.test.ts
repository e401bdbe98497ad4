import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withTemporaryDataDir } from '../../test/integration/temporary-data-dir';
import { withTestDatabase } from '../../test/integration/test-database';
import { authenticate } from '../auth/authenticate';
import { mediaStorage } from '../media/storage';
import { DEMO_PASSWORD, demoStaff } from './demo-staff';
import { demoStories } from './demo-stories';
import { fixtureArticle } from './fixture-article';
import { seedDemoData } from './seed-demo-data';

const t = withTestDatabase();
const picturedStories = demoStories.filter((story) => story.leadImage);
withTemporaryDataDir();

async function counts() {
  const db = t.db;
  return {
    users: await db.user.count(),
    sections: await db.section.count(),
    tags: await db.tag.count(),
    articles: await db.article.count(),
    media: await db.mediaAsset.count(),
    events: await db.articleEvent.count(),
  };
}

describe('seedDemoData', () => {
  it('creates the demo newsroom, and a second run changes nothing', async () => {
    await seedDemoData(t.db);
    const first = await counts();
    expect(first).toEqual({ users: 4, sections: 5, tags: 12, articles: 1 + demoStories.length, media: 1 + picturedStories.length, events: 1 + demoStories.length });
    await seedDemoData(t.db);
    expect(await counts()).toEqual(first);
  });

  it('lets every demo account sign in with the README password', async () => {
    await seedDemoData(t.db);
    for (const person of demoStaff) {
      await expect(authenticate(t.db, { email: person.email, password: DEMO_PASSWORD })).resolves.toHaveProperty('userId');
    }
  });

  it('enters the fixture article as published, with every part of it', async () => {
    await seedDemoData(t.db);
    const article = await t.db.article.findUniqueOrThrow({
      where: { slug: fixtureArticle.slug },
      include: {
        bylines: { include: { user: true } },
        sources: true,
        tags: { include: { tag: true } },
        section: true,
        leadImage: true,
      },
    });
    expect(article).toMatchObject({
      headline: 'Russia and China strengthen defence cooperation – ISW',
      state: 'PUBLISHED',
      publishedAt: new Date('2024-10-15T01:58:00Z'),
      leadImageCredit: 'Stock photo: Getty Images',
      section: { name: 'World' },
    });
    expect(article.standfirst).toMatch(/^Experts from the Institute for the Study of War/);
    expect(article.bylines.map((b) => b.user?.name)).toEqual(['Olha Hlushchenko']);
    expect(article.sources.map((s) => s.name)).toEqual(['ISW']);
    expect(article.tags.map((t) => t.tag.name).sort()).toEqual(['China', 'Defence', 'ISW', 'Russia']);
    expect(article.leadImage).toMatchObject({ mimeType: 'image/jpeg', width: 2400, height: 1600 });
    const stored = await mediaStorage().get(article.leadImage!.storageKey);
    expect(await sharp(stored!).metadata()).toMatchObject({ width: 2400, height: 1600 });
    expect(article.bodyHtml).toContain('<figcaption>Quote from ISW</figcaption>');
    expect(article.bodyHtml).toContain('<strong>Background:</strong>');
    expect(article.bodyText).toContain('Details: Russian Defence Minister Andrei Belousov arrived in China');
  });

  it('publishes the made-up stories before the moment of seeding, newest first as listed, their drawings as 2400×1600 JPEGs', async () => {
    const seededAt = Date.now();
    await seedDemoData(t.db);
    const stories = await t.db.article.findMany({
      where: { headline: { in: demoStories.map((story) => story.headline) } },
      orderBy: { publishedAt: 'desc' },
      include: { leadImage: true, section: true, bylines: { include: { user: true } } },
    });
    expect(stories.map((story) => story.headline)).toEqual(demoStories.map((story) => story.headline));
    for (const [index, story] of stories.entries()) {
      const demo = demoStories[index]!;
      expect(story).toMatchObject({ state: 'PUBLISHED', section: { name: demo.sectionName } });
      expect(story.publishedAt!.getTime()).toBeLessThan(seededAt);
      expect(story.bylines.map((byline) => byline.user?.name ?? byline.contributorName)).toEqual(['staff' in demo.byline ? demo.byline.staff : demo.byline.contributor]);
      expect(story.bodyText).toContain(demo.paragraphs[0]);
      if (!demo.leadImage) {
        expect(story.leadImage).toBeNull();
        continue;
      }
      expect(story).toMatchObject({ leadImageAlt: demo.leadImage.alt, leadImage: { mimeType: 'image/jpeg', width: 2400, height: 1600 } });
      const stored = await mediaStorage().get(story.leadImage!.storageKey);
      expect(await sharp(stored!).metadata()).toMatchObject({ format: 'jpeg', width: 2400, height: 1600 });
    }
  });
});

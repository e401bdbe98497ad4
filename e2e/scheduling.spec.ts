import type { Page } from '@playwright/test';
import type { Db } from '../server/db/client';
import { expect, test } from './support/fixtures';

/** An approved, complete article by Olha, made directly in the database (the workflow has its own tests). */
async function approvedArticle(db: Db, headline: string) {
  const [olha, world] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: 'olha@example.com' } }),
    db.section.findUniqueOrThrow({ where: { name: 'World' } }),
  ]);
  return db.article.create({
    data: {
      slug: `scheduled-${Date.now()}`,
      headline,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Scheduled copy.' }] }] },
      bodyHtml: '<p>Scheduled copy.</p>',
      bodyText: 'Scheduled copy.',
      state: 'APPROVED',
      sectionId: world.id,
      bylines: { create: [{ position: 0, userId: olha.id }] },
    },
  });
}

/** Kyiv wall-clock time (the demo newsroom's zone), `seconds` from now, as the date-time picker takes it. */
function kyivDateTime(seconds: number) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + seconds * 1000));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

async function schedule(page: Page, articleId: string, secondsAhead: number) {
  await page.goto(`/desk/articles/${articleId}`);
  await page.getByRole('button', { name: 'Schedule' }).click();
  await page.getByLabel('Publish at (Europe/Kyiv time)').fill(kyivDateTime(secondsAhead));
  await page.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByTestId('article-state')).toHaveText('Scheduled');
}

test('an approved article scheduled a few seconds ahead goes live on its own', async ({ pageAs, page, db }) => {
  const headline = `Scheduled ${Date.now()}`;
  const article = await approvedArticle(db, headline);
  const dana = await pageAs('editor@example.com');
  await schedule(dana, article.id, 6);
  await dana.goto('/desk');
  await expect(dana.getByRole('table', { name: 'Scheduled' })).toContainText(headline);

  // Nobody touches anything now: the scheduler inside the app server publishes it.
  await expect
    .poll(async () => {
      await page.goto('/');
      return page.getByRole('link', { name: headline }).count();
    }, { timeout: 30_000, intervals: [1_000] })
    .toBeGreaterThan(0); // under Latest, and under its section
  await page.goto('/sections/world');
  await expect(page.getByRole('link', { name: headline })).toBeVisible();
  const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: true } });
  expect(await (await page.request.get('/rss.xml')).text()).toContain(row.slug);
  expect(await (await page.request.get('/sitemap.xml')).text()).toContain(row.slug);
  expect(await (await page.request.get('/news-sitemap.xml')).text()).toContain(row.slug);
  expect(row.state).toBe('PUBLISHED');
  expect(row.events.map((e) => [e.action, e.actorId])).toEqual([
    ['schedule', expect.any(String)],
    ['publishScheduled', null],
  ]);
});

test('unscheduling takes an article out of the plan', async ({ pageAs, db }) => {
  const headline = `Unscheduled ${Date.now()}`;
  const article = await approvedArticle(db, headline);
  const dana = await pageAs('editor@example.com');
  await schedule(dana, article.id, 3600);
  await dana.getByRole('button', { name: 'Unschedule' }).click();
  await expect(dana.getByTestId('article-state')).toHaveText('Approved');
  await dana.goto('/desk');
  await expect(dana.getByRole('table', { name: 'Scheduled' })).toHaveCount(0);
  await expect(dana.getByText('Nothing is scheduled.')).toBeVisible();
  expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ state: 'APPROVED', publishAt: null });
});

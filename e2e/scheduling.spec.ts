import type { Page } from '@playwright/test';
import { kyivDateTime, readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';

async function schedule(page: Page, articleId: string, secondsAhead: number) {
  await page.goto(`/desk/articles/${articleId}`);
  await page.getByRole('button', { name: 'Schedule' }).click();
  await page.getByLabel('Publish at (Europe/Kyiv time)').fill(kyivDateTime(secondsAhead));
  await page.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByTestId('article-state')).toHaveText('Scheduled');
}

test('an approved article scheduled a few seconds ahead goes live on its own', async ({ pageAs, page, db }) => {
  const headline = `Scheduled ${Date.now()}`;
  const article = await readyArticle(db, headline);
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
  const article = await readyArticle(db, headline);
  const dana = await pageAs('editor@example.com');
  await schedule(dana, article.id, 3600);
  await dana.goto('/desk');
  await expect(dana.getByRole('link', { name: headline })).toBeVisible();
  await dana.goto(`/desk/articles/${article.id}`);
  await dana.getByRole('button', { name: 'Unschedule' }).click();
  await expect(dana.getByTestId('article-state')).toHaveText('Approved');
  // Out of the plan: neither on the dashboard nor on the calendar (other tests may have their own plans).
  await dana.goto('/desk');
  await expect(dana.getByRole('heading', { name: /^Scheduled/ })).toBeVisible();
  await expect(dana.getByRole('link', { name: headline })).toHaveCount(0);
  await dana.goto('/desk/calendar?view=month');
  await expect(dana.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  // Not on any day (it may wait in the side list of approved pieces not yet scheduled, as it should).
  await expect(dana.getByTestId('calendar-entry').filter({ hasText: headline })).toHaveCount(0);
  expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ state: 'APPROVED', publishAt: null });
});

test('a take-down time given when scheduling brings the article down again on its own', async ({ pageAs, page, db }) => {
  const headline = `Embargoed ${Date.now()}`;
  const article = await readyArticle(db, headline);
  const dana = await pageAs('editor@example.com');
  await dana.goto(`/desk/articles/${article.id}`);
  await dana.getByRole('button', { name: 'Schedule' }).click();
  await dana.getByLabel('Publish at (Europe/Kyiv time)').fill(kyivDateTime(4));
  await dana.getByLabel('Take down at (optional)').fill(kyivDateTime(14));
  await dana.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
  await expect(dana.getByTestId('article-plan')).toContainText('Comes down');

  const status = async () => (await page.request.get(`/articles/${article.slug}`)).status();
  await expect.poll(status, { timeout: 30_000, intervals: [500] }).toBe(200);
  await expect.poll(status, { timeout: 30_000, intervals: [500] }).not.toBe(200);
  const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: { orderBy: { createdAt: 'asc' } } } });
  expect(row).toMatchObject({ state: 'UNPUBLISHED', unpublishAt: null });
  expect(row.events.map((e) => e.action)).toEqual(['schedule', 'publishScheduled', 'unpublishExpired']);
});

import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const OLHA = 'olha@example.com';
const DANA = 'editor@example.com';

async function startArticle(page: Page, headline: string) {
  await page.goto('/desk');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Standfirst').fill('Experts note an intensification of defence cooperation.');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Russian Defence Minister Andrei Belousov arrived in China on 14 October.');
  await page.getByLabel('Section').selectOption({ label: 'World' });
  await expect(page.getByTestId('save-status')).toContainText('Saved');
}

const badge = (page: Page) => page.getByTestId('article-state');

test('journalist submits, editor sends back, journalist revises, editor approves and publishes: the article is public', async ({
  pageAs,
  page,
  db,
  expectAccessible,
}) => {
  // Olha starts with nothing unread: earlier journeys notified her too.
  await db.notification.updateMany({ where: { user: { email: OLHA }, readAt: null }, data: { readAt: new Date() } });
  const headline = `Belousov visits Beijing ${Date.now()}`;
  const olha = await pageAs(OLHA);
  await startArticle(olha, headline);
  await expect(olha.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await olha.getByRole('button', { name: 'Submit for review' }).click();
  await expect(badge(olha)).toHaveText('In review');
  const articleUrl = olha.url();

  const dana = await pageAs(DANA);
  await dana.goto('/desk');
  await dana.getByRole('table', { name: 'Review queue' }).getByRole('link', { name: headline }).click();
  await expect(dana).toHaveURL(/\/desk\/articles\//);
  await expect(badge(dana)).toHaveText('In review');
  await expectAccessible(dana);
  await dana.screenshot({ path: 'e2e/.screens/article-review.png', fullPage: true });
  await dana.getByRole('button', { name: 'Request changes' }).click();
  await dana.getByLabel('What needs to change?').fill('Add the date of the Beijing meeting.');
  await dana.getByRole('dialog').getByRole('button', { name: 'Request changes' }).click();
  await expect(badge(dana)).toHaveText('Changes requested');
  await expect(dana.getByTestId('timeline')).toContainText('Add the date of the Beijing meeting.');

  // Olha's desk puts what was sent back first in line; from there she opens it.
  await olha.goto('/desk');
  await olha.getByRole('table', { name: 'Sent back to me' }).getByRole('link', { name: headline }).click();
  await expect(olha).toHaveURL(articleUrl);
  await expect(badge(olha)).toHaveText('Changes requested');
  await expect(olha.getByTestId('unread-count')).toHaveText('1');
  await olha.getByRole('textbox', { name: 'Article body' }).click();
  await olha.keyboard.press('End');
  await olha.keyboard.type(' They met on 14 October in Beijing.');
  await expect(olha.getByTestId('save-status')).toContainText('Saved');
  await expect(olha.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await olha.getByRole('button', { name: 'Submit for review' }).click();
  await expect(badge(olha)).toHaveText('In review');

  await dana.goto(articleUrl);
  await dana.getByRole('button', { name: 'Approve' }).click();
  await expect(badge(dana)).toHaveText('Approved');
  await dana.getByRole('button', { name: 'Publish now' }).click();
  await expect(badge(dana)).toHaveText('Published');

  await olha.goto(articleUrl);
  await expect(olha.getByRole('button', { name: 'Publish now' })).toHaveCount(0);

  await page.goto('/');
  await page.getByRole('link', { name: headline }).first().click(); // listed under Latest and under its section
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page.getByText('They met on 14 October in Beijing.')).toBeVisible();
});

test('an editor who wrote the piece is shown the four-eyes rule instead of an approve button', async ({ pageAs }) => {
  const dana = await pageAs(DANA);
  await startArticle(dana, `Editor's own piece ${Date.now()}`);
  await dana.getByRole('button', { name: 'Submit for review' }).click();
  await expect(badge(dana)).toHaveText('In review');
  await expect(dana.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await expect(dana.getByText('Four-eyes rule: you have a byline on this article, so another editor must approve it.')).toBeVisible();
  await dana.screenshot({ path: 'e2e/.screens/four-eyes.png', fullPage: true });
});

test("a journalist's raw call to publish is refused and the article is unchanged", async ({ pageAs, db }) => {
  const olha = await pageAs(OLHA);
  const headline = `Raw call ${Date.now()}`;
  await startArticle(olha, headline);
  const article = await db.article.findFirstOrThrow({ where: { headline } });
  await db.article.update({ where: { id: article.id }, data: { state: 'APPROVED' } });
  const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });

  const response = await olha.request.post('/api/trpc/article.publish', {
    data: { json: { id: article.id, expectedVersion: before.version } },
  });
  expect(response.status()).toBe(403);
  const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  expect({ state: after.state, version: after.version, publishedAt: after.publishedAt }).toEqual({
    state: 'APPROVED',
    version: before.version,
    publishedAt: null,
  });
});

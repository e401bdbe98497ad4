import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const DANA = 'editor@example.com';
const ALEX = 'admin@example.com';

const badge = (page: Page) => page.getByTestId('article-state');

/**
 * The reported bypass, in the browser: an editor takes her own byline off her article in review and saves.
 * The desk must not offer her Approve, and a raw call to approve must be refused with nothing written.
 */
test('an editor who removes her own byline still cannot approve her article', async ({ pageAs, db, expectAccessible }) => {
  test.slow(); // two people, a dozen saves and steps: on a busy machine it takes longer than most journeys.
  const headline = `Her own piece, unsigned ${Date.now()}`;
  const dana = await pageAs(DANA);
  await dana.goto('/desk');
  await dana.getByRole('button', { name: 'New article' }).click();
  await dana.getByLabel('Headline').fill(headline);
  await dana.getByLabel('Standfirst').fill('Experts note an intensification of defence cooperation.');
  await dana.getByRole('textbox', { name: 'Article body' }).click();
  await dana.keyboard.type('Russian Defence Minister Andrei Belousov arrived in China on 14 October.');
  await dana.getByLabel('Section').selectOption({ label: 'World' });
  await expect(dana.getByTestId('save-status')).toContainText('Saved', { timeout: 30_000 });
  await dana.getByRole('button', { name: 'Submit for review' }).click();
  await expect(badge(dana)).toHaveText('In review');

  await dana.getByLabel('Outside contributor name').fill('Kateryna Outside');
  await dana.getByRole('button', { name: 'Add', exact: true }).click();
  await dana.getByRole('button', { name: 'Remove Dana Petrenko' }).click();
  await dana.keyboard.press('Control+s');
  await expect(dana.getByTestId('save-status')).toContainText('Saved', { timeout: 30_000 });

  await dana.reload();
  await expect(badge(dana)).toHaveText('In review');
  await expect(dana.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await expect(dana.getByText('Four-eyes rule: you had a byline on this article, so another editor must approve it.')).toBeVisible();
  // Each byline change is in the timeline (one event, or two when autosave caught the two clicks apart).
  await expect(dana.getByTestId('timeline')).toContainText('Dana Petrenko removed');
  await expect(dana.getByTestId('timeline')).toContainText('Kateryna Outside added');

  const article = await db.article.findFirstOrThrow({ where: { headline } });
  const eventsBefore = await db.articleEvent.count({ where: { articleId: article.id } });
  const response = await dana.request.post('/api/trpc/article.approve', {
    data: { json: { id: article.id, expectedVersion: article.version } },
  });
  expect(response.status()).toBe(403);
  const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  expect({ state: after.state, version: after.version }).toEqual({ state: 'IN_REVIEW', version: article.version });
  expect(await db.articleEvent.count({ where: { articleId: article.id } })).toBe(eventsBefore);

  // Another editor approves and publishes; the history shows which text each step acted on.
  const alex = await pageAs(ALEX);
  await alex.goto(dana.url());
  await alex.getByRole('button', { name: 'Approve' }).click();
  await expect(badge(alex)).toHaveText('Approved');
  await alex.getByRole('button', { name: 'Publish now' }).click();
  await expect(badge(alex)).toHaveText('Published');
  const history = alex.getByTestId('revisions');
  await expect(history.getByRole('listitem').first()).toContainText('Approved by Alex Morgan');
  await expect(history.getByRole('listitem').first()).toContainText('Published by Alex Morgan');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Submitted by Dana Petrenko');
  await expectAccessible(alex);
  await alex.screenshot({ path: 'e2e/.screens/four-eyes-history.png', fullPage: true });

  // Dana, a former author, may write an update to the live piece: readers keep the live text until
  // another editor publishes it (e2e/corrections.spec.ts shows the writer barred from publishing it).
  await dana.reload();
  await expect(dana.getByText('your changes go into an update')).toBeVisible();
});

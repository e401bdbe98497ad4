import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function draftWith(page: Page, headline: string, text: string) {
  await page.goto('/desk');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill(headline);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type(text);
  await expect(page.getByTestId('save-status')).toContainText('Saved');
}

test('an editor comments beside the text, the author resolves it, and both steps are in the timeline', async ({ pageAs, expectAccessible }) => {
  const olha = await pageAs('olha@example.com');
  await draftWith(olha, `Comments test ${Date.now()}`, 'Belousov met Dong Jun on 14 August.');
  const dana = await pageAs('editor@example.com');
  await dana.goto(olha.url());
  await dana.getByRole('textbox', { name: 'New comment' }).fill('14 August? The visit was in October.');
  await dana.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(dana.getByTestId('comments')).toContainText('14 August? The visit was in October.');

  await olha.reload();
  const thread = olha.getByTestId('comments');
  await expect(thread).toContainText('Dana Petrenko');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toContainText('resolved');
  await expect(olha.getByTestId('timeline')).toContainText('Commented');
  await expect(olha.getByTestId('timeline')).toContainText('Resolved a comment');
  await expectAccessible(olha);
});

test('the history compares two revisions word by word and restores one', async ({ pageAs }) => {
  const olha = await pageAs('olha@example.com');
  await draftWith(olha, `History test ${Date.now()}`, 'The original wording.');
  const dana = await pageAs('editor@example.com');
  await dana.goto(olha.url());
  const body = dana.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await dana.keyboard.press('Control+A');
  await dana.keyboard.type('A worse rewrite.');
  await expect(dana.getByTestId('save-status')).toContainText('Saved');

  await olha.reload();
  const history = olha.getByTestId('revisions');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await history.getByRole('button', { name: 'Compare with latest' }).click();
  const changes = olha.getByRole('dialog', { name: 'Changes' });
  await expect(changes.locator('del', { hasText: 'original' })).toHaveCount(1);
  await expect(changes.locator('ins', { hasText: 'worse' })).toHaveCount(1);
  await changes.getByRole('button', { name: 'Close' }).click();
  await history.getByRole('button', { name: 'Restore' }).click();
  await expect(olha.getByRole('textbox', { name: 'Article body' })).toHaveText('The original wording.');
  await expect(olha.getByTestId('timeline')).toContainText('Restored an earlier revision');
});

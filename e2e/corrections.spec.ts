import type { Page } from '@playwright/test';
import { readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';

const DANA = 'editor@example.com';
const ALEX = 'admin@example.com';
const NOTE = 'An earlier version of this article gave the wrong number of crossings.';

/** The public article's body text as a reader gets it now (a fresh request, no session). */
async function readerBody(page: Page, slug: string): Promise<string> {
  const response = await page.context().request.get(`/articles/${slug}`);
  expect(response.status()).toBe(200);
  return response.text();
}

test('an editor corrects a live article, another approves it with a Correction note, readers see it', async ({ page, pageAs, db, expectAccessible }) => {
  test.slow(); // two people, saves, review steps and public reads on a busy machine
  const headline = `Ferry service resumes ${Date.now()}`;
  const ready = await readyArticle(db, headline, { state: 'PUBLISHED' });
  const { slug } = await db.article.update({ where: { id: ready.id }, data: { publishedAt: new Date() } });

  await page.goto(`/articles/${slug}`);
  await expect(page.locator('.article-body')).toHaveText('Scheduled copy.');

  // Dana corrects it: the change waits in a pending update, readers keep the live text.
  const dana = await pageAs(DANA);
  await dana.goto(`/desk/articles/${ready.id}`);
  await expect(dana.getByText('your changes go into an update')).toBeVisible();
  await dana.getByRole('textbox', { name: 'Article body' }).click();
  await dana.keyboard.press('Control+End');
  await dana.keyboard.type(' The ferry now runs 21 times a day.');
  // Co-edited: stored by the server once it holds her typing (no Save button).
  await expect(dana.getByTestId('save-status')).toContainText('Saved', { timeout: 30_000 });
  await dana.reload();
  const update = dana.getByTestId('pending-update');
  await expect(update).toContainText('Update in progress');
  await expect(update.locator('ins')).toContainText('21 times a day');
  expect(await readerBody(page, slug)).not.toContain('21 times a day');

  await update.getByRole('button', { name: 'Submit update for review' }).click();
  await expect(update).toContainText('Update in review');
  await expect(update.getByRole('button', { name: 'Approve and publish update' })).toBeDisabled();
  await expect(update).toContainText('Four-eyes rule: you wrote or changed this update, so another editor must publish it.');
  expect(await readerBody(page, slug)).not.toContain('21 times a day');
  await expectAccessible(dana);
  await dana.screenshot({ path: test.info().outputPath('pending-update.png'), fullPage: true });

  // Alex approves and publishes it with a Correction note.
  const alex = await pageAs(ALEX);
  await alex.goto(`/desk/articles/${ready.id}`);
  await alex.getByTestId('pending-update').getByRole('button', { name: 'Approve and publish update' }).click();
  const dialog = alex.getByRole('dialog', { name: 'Approve and publish update' });
  await dialog.getByLabel('Public note').selectOption('CORRECTION');
  await dialog.getByLabel('What readers are told').fill(NOTE);
  await expectAccessible(alex);
  await dialog.getByRole('button', { name: 'Publish update' }).click();
  await expect(alex.getByTestId('pending-update')).toHaveCount(0);

  // Readers see the corrected text, the note, its JSON-LD, and the corrections page.
  await expect(async () => {
    await page.goto(`/articles/${slug}`);
    await expect(page.locator('.article-body')).toContainText('21 times a day', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId('public-notes')).toContainText(`Correction`);
  await expect(page.getByTestId('public-notes')).toContainText(NOTE);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { correction?: { '@type': string; text: string }[] };
  expect(jsonLd.correction).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', text: `Correction: ${NOTE}` })]);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('article-with-note.png'), fullPage: true });

  await page.goto('/corrections');
  await expect(page.getByTestId('corrections-list').getByRole('listitem').first()).toContainText(NOTE);
  await expect(page.getByTestId('corrections-list').getByRole('link', { name: headline })).toHaveAttribute('href', `/articles/${slug}`);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('corrections-page.png'), fullPage: true });

  // Alex changes its address: the old one answers 301 to the new one.
  await alex.reload();
  await alex.getByRole('button', { name: 'Change address' }).click();
  const move = alex.getByRole('dialog', { name: 'Change address' });
  await move.getByLabel('New address').fill(`${slug}-ferries`);
  await move.getByLabel('Reason').fill('Clearer address for the ferry timetable.');
  await move.getByRole('button', { name: 'Change address' }).click();
  await expect(alex.getByText(`/articles/${slug}-ferries`)).toBeVisible();
  await expect(async () => {
    const moved = await page.context().request.get(`/articles/${slug}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers().location).toMatch(new RegExp(`/articles/${slug}-ferries$`));
  }).toPass({ timeout: 30_000 });
  expect(await readerBody(page, `${slug}-ferries`)).toContain('21 times a day');
});

test('an editor discards an update: the editor shows the live text again, typing shared with others included', async ({ page, pageAs, db, expectAccessible }) => {
  test.slow(); // two editors co-editing, then a review step, on a busy machine
  const ready = await readyArticle(db, `Bridge reopens ${Date.now()}`, { state: 'PUBLISHED' });
  const { slug } = await db.article.update({ where: { id: ready.id }, data: { publishedAt: new Date() } });

  const dana = await pageAs(DANA);
  await dana.goto(`/desk/articles/${ready.id}`);
  await dana.getByRole('textbox', { name: 'Article body' }).click();
  await dana.keyboard.press('Control+End');
  await dana.keyboard.type(' The bridge is closed again.');
  await expect(dana.getByTestId('save-status')).toContainText('Saved', { timeout: 30_000 });

  // Alex, with the article open beside her, discards the update with a reason.
  const alex = await pageAs(ALEX);
  await alex.goto(`/desk/articles/${ready.id}`);
  await expect(alex.getByRole('textbox', { name: 'Article body' })).toContainText('The bridge is closed again.');
  await alex.getByTestId('pending-update').getByRole('button', { name: 'Discard update' }).click();
  const dialog = alex.getByRole('dialog', { name: 'Discard update' });
  await dialog.getByLabel('Why is it discarded?').fill('The closure was denied by the council.');
  await expectAccessible(alex);
  await alex.screenshot({ path: test.info().outputPath('discard-update.png') });
  await dialog.getByRole('button', { name: 'Discard update' }).click();

  await expect(alex.getByTestId('pending-update')).toHaveCount(0);
  // Both editors' screens show the live text again, without a reload.
  for (const editor of [alex, dana]) await expect(editor.getByRole('textbox', { name: 'Article body' })).toHaveText('Scheduled copy.', { timeout: 30_000 });
  await page.goto(`/articles/${slug}`);
  await expect(page.locator('.article-body')).toHaveText('Scheduled copy.');
});

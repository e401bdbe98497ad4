import type { Page } from '@playwright/test';
import { readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';
import { expectDialogOnTop } from './support/layout';

/**
 * Details a newsroom notices in its first week: one clock, labelled fields, dialogs above the toolbar,
 * and errors said once. The browser here runs in Los Angeles; the demo newsroom is in Kyiv.
 */
test.use({ timezoneId: 'America/Los_Angeles' });

const kyivTime = (date: Date) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Kyiv' }).format(date);
const kyivDateTime = (date: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Kyiv' }).format(date);

async function newDraft(page: Page) {
  await page.goto('/desk');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
}

test('the save status is on the newsroom clock, not the browser’s', async ({ page, signInAs }) => {
  await signInAs('olha@example.com');
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/Los_Angeles');
  await newDraft(page);
  await page.getByLabel('Headline').fill(`Two clocks ${Date.now()}`);
  const before = new Date();
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  const after = new Date();
  // "Saved 08:52 · live": the time is the newsroom's.
  const shown = /Saved (\d\d:\d\d)/.exec((await page.getByTestId('save-status').textContent())!)?.[1];
  expect([kyivTime(before), kyivTime(after)]).toContain(shown);
  await expect(page.getByTestId('save-status')).toHaveAttribute('title', /Europe\/Kyiv/);
});

test('a set-password link’s expiry is on the newsroom clock, its zone named', async ({ page, signInAs, db }) => {
  await signInAs('admin@example.com');
  await page.goto('/desk/admin/staff');
  await page.getByRole('button', { name: 'New set-password link for Sam Rivera' }).click();
  const expiry = page.getByTestId('set-password-expiry');
  await expect(expiry).toContainText('(Europe/Kyiv)');
  const sam = await db.user.findUniqueOrThrow({ where: { email: 'sam@example.com' } });
  const token = await db.passwordResetToken.findFirstOrThrow({ where: { userId: sam.id }, orderBy: { createdAt: 'desc' } });
  await expect(expiry).toHaveText(`${kyivDateTime(token.expiresAt)} (Europe/Kyiv)`);
});

test('lead image and source fields keep visible labels once filled', async ({ page, signInAs, expectAccessible }) => {
  await signInAs('olha@example.com');
  await newDraft(page);
  await page.getByLabel('Upload a lead image').setInputFiles('prisma/seed-assets/naval-exercise.jpg');
  const leadImage = page.getByRole('group', { name: 'Lead image' });
  const sources = page.getByRole('group', { name: 'Sources' });
  // The upload first: its answer must not meet a source added meanwhile.
  await expect(leadImage.getByLabel('Caption')).toBeVisible();
  await page.getByRole('button', { name: 'Add source' }).click();
  const fields = [
    [leadImage, 'Caption', 'Ships in the East China Sea.'],
    [leadImage, 'Credit', 'Photo: Ministry of Defence'],
    [leadImage, 'Alt text', 'Two grey warships side by side'],
    [sources, 'Name', 'ISW'],
    [sources, 'Link (optional)', 'https://understandingwar.org'],
  ] as const;
  for (const [group, label, value] of fields) {
    // Found by the label's visible text; the label stays on screen once the field is filled.
    await group.getByLabel(label).fill(value);
    await expect(group.locator('label', { hasText: label })).toBeVisible();
    await expect(group.getByLabel(label)).toHaveValue(value);
  }
  await expect(page.getByRole('textbox', { name: 'Lead image alt text' })).toHaveValue('Two grey warships side by side');
  await expect(page.getByRole('textbox', { name: 'Source 1 link' })).toHaveValue('https://understandingwar.org');
  await expectAccessible(page);
});

test('the Request-changes dialog is drawn above the editor’s toolbar', async ({ pageAs, db }) => {
  const article = await readyArticle(db, `Toolbar under the dialog ${Date.now()}`, { state: 'IN_REVIEW' });
  const dana = await pageAs('editor@example.com');
  await dana.goto(`/desk/articles/${article.id}`);
  await dana.getByRole('button', { name: 'Request changes' }).click();
  await expectDialogOnTop(dana);
  await dana.screenshot({ path: 'e2e/.screens/request-changes-dialog.png' });
});

test('a publish time in the past is refused in one sentence, not repeated as a bullet', async ({ pageAs, db }) => {
  const article = await readyArticle(db, `Scheduled in the past ${Date.now()}`);
  const dana = await pageAs('editor@example.com');
  await dana.goto(`/desk/articles/${article.id}`);
  await dana.getByRole('button', { name: 'Schedule', exact: true }).click();
  await dana.getByLabel('Publish at (Europe/Kyiv time)').fill('2020-01-01T09:00:00');
  await dana.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
  const alert = dana.getByRole('dialog').getByRole('alert');
  await expect(alert).toContainText('Choose a publish time in the future');
  expect((await alert.textContent())!.split('Choose a publish time in the future').length - 1).toBe(1);
  await expect(alert.getByRole('listitem')).toHaveCount(0);
});

test('an admin’s header fits a 1280 px laptop: nothing scrolls the page sideways, the account stays on screen', async ({ page, signInAs }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs('admin@example.com');
  await page.goto('/desk');
  const nav = page.getByRole('navigation', { name: 'Desk' });
  await expect(nav.getByRole('link', { name: 'Distribution' })).toBeAttached();
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.document).toBeLessThanOrEqual(widths.viewport);
  for (const control of [page.getByRole('button', { name: 'Sign out' }), page.getByTestId('signed-in-as')]) {
    const box = await control.boundingBox();
    expect(box, `${control.toString()} is shown`).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  }
  // Every link stays reachable: the list scrolls within itself.
  await nav.getByRole('link', { name: 'Public site' }).scrollIntoViewIfNeeded();
  await expect(nav.getByRole('link', { name: 'Public site' })).toBeInViewport();
});

import type { Locator, Page } from '@playwright/test';
import { kyivDateTime, readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';
import { expectDialogOnTop } from './support/layout';

/**
 * The desk on a phone (390 × 844): every screen fits the width with no sideways scrolling, its main
 * controls are on screen, axe finds nothing, and an editor can take an article through approval and
 * (re)scheduling with a thumb. Screenshots land in e2e/.screens/phone-*.png.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const ADMIN = 'admin@example.com';
const EDITOR = 'editor@example.com';

async function expectFitsPhone(page: Page, name: string, check = expect) {
  const widths = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    viewport: window.innerWidth,
  }));
  check(widths.document, `${name}: document ${widths.document} px wide on a ${widths.viewport} px screen`).toBeLessThanOrEqual(widths.viewport);
  check(widths.body, `${name}: body ${widths.body} px wide on a ${widths.viewport} px screen`).toBeLessThanOrEqual(widths.viewport);
}

/** The control is shown, inside the screen's width, and (unless a link in text) big enough to tap. */
async function expectUsable(control: Locator, check = expect) {
  await expect(control).toBeVisible();
  const box = await control.boundingBox();
  expect(box).not.toBeNull();
  check(box!.x, `${control.toString()} starts on screen`).toBeGreaterThanOrEqual(0);
  check(box!.x + box!.width, `${control.toString()} ends on screen`).toBeLessThanOrEqual(390);
  const inlineLink = await control.evaluate((element) => element.tagName === 'A' && getComputedStyle(element).display === 'inline');
  if (!inlineLink) check(box!.height, `${control.toString()} tall enough to tap`).toBeGreaterThanOrEqual(24);
}

test('every desk screen fits a phone, with its main controls usable and no axe violations', async ({ page, signInAs, db, expectAccessible }) => {
  test.setTimeout(180_000);
  await signInAs(ADMIN);
  const article = await readyArticle(db, `On the phone ${Date.now()}`, { state: 'IN_REVIEW' });
  const screens: { name: string; path: string; key: (page: Page) => Locator[] }[] = [
    { name: 'dashboard', path: '/desk', key: (p) => [p.getByRole('button', { name: 'New article' })] },
    { name: 'articles', path: '/desk/articles', key: (p) => [p.getByRole('link', { name: article.headline })] },
    { name: 'article', path: `/desk/articles/${article.id}`, key: (p) => [p.getByLabel('Headline'), p.getByRole('link', { name: 'Preview' })] },
    { name: 'preview', path: `/desk/articles/${article.id}/preview`, key: (p) => [p.getByRole('heading', { name: article.headline })] },
    { name: 'calendar-week', path: '/desk/calendar', key: (p) => [p.getByRole('link', { name: 'Today' }), p.getByLabel('Section')] },
    { name: 'calendar-month', path: '/desk/calendar?view=month', key: (p) => [p.getByRole('link', { name: /Next month/ })] },
    { name: 'sections', path: '/desk/admin/sections', key: (p) => [p.getByRole('button', { name: 'Edit World' })] },
    { name: 'staff', path: '/desk/admin/staff', key: (p) => [p.getByLabel('Role for Dana Petrenko'), p.getByRole('button', { name: 'Deactivate Dana Petrenko' })] },
    { name: 'settings', path: '/desk/admin/settings', key: (p) => [p.getByLabel('Time zone')] },
    { name: 'audit', path: '/desk/admin/audit', key: (p) => [p.getByRole('button', { name: 'Filter' })] },
    { name: 'profile', path: '/desk/profile', key: (p) => [p.getByRole('button', { name: 'Save profile' })] },
    { name: 'media', path: '/desk/media', key: (p) => [p.getByLabel('Search images')] },
    { name: 'fronts', path: '/desk/fronts', key: (p) => [p.getByRole('link', { name: 'Home' })] },
    { name: 'front', path: '/desk/fronts/home', key: (p) => [p.getByRole('button', { name: 'Save and publish' }), p.getByLabel('Find by headline'), p.getByRole('button', { name: 'Move Lead down' })] },
  ];
  for (const screen of screens) {
    await test.step(screen.name, async () => {
      await page.goto(screen.path);
      // Soft: one run reports every screen's problems.
      for (const control of screen.key(page)) await expectUsable(control.first(), expect.soft);
      await expectUsable(page.getByRole('button', { name: 'Menu' }), expect.soft);
      await expectFitsPhone(page, screen.name, expect.soft);
      await expectAccessible(page, { soft: true });
      await page.screenshot({ path: `e2e/.screens/phone-${screen.name}.png`, fullPage: true });
    });
  }

  // Staff: the role select shows the role's name, not a bare arrow.
  await page.goto('/desk/admin/staff');
  const role = page.getByLabel('Role for Dana Petrenko');
  expect((await role.boundingBox())!.width).toBeGreaterThanOrEqual(120);
});

test('the navigation is one menu on a phone', async ({ page, signInAs, expectAccessible }) => {
  await signInAs(ADMIN);
  await page.goto('/desk');
  await expect(page.getByRole('navigation', { name: 'Desk' })).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await expect(menu).toContainText('Signed in as Alex Morgan · Admin');
  await expectFitsPhone(page, 'open menu');
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/phone-menu.png' });
  await menu.getByRole('menuitem', { name: 'Staff' }).click();
  await expect(page).toHaveURL(/\/desk\/admin\/staff$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
});

test('an editor approves, schedules and reschedules from a phone; the dialog is above everything', async ({ pageAs, db, expectAccessible }) => {
  test.setTimeout(120_000);
  const article = await readyArticle(db, `Approved on a phone ${Date.now()}`, { state: 'IN_REVIEW' });
  const dana = await pageAs(EDITOR);
  await dana.setViewportSize({ width: 390, height: 844 });
  await dana.goto('/desk');
  await dana.getByRole('table', { name: 'Review queue' }).getByRole('link', { name: article.headline }).click();
  await expect(dana.getByTestId('article-state')).toHaveText('In review');
  await expectFitsPhone(dana, 'article in review');

  const approve = dana.getByRole('button', { name: 'Approve', exact: true });
  await expectUsable(approve);
  await approve.click();
  await expect(dana.getByTestId('article-state')).toHaveText('Approved');

  await dana.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expectDialogOnTop(dana);
  await expectFitsPhone(dana, 'schedule dialog');
  await expectAccessible(dana);
  await dana.screenshot({ path: 'e2e/.screens/phone-schedule-dialog.png' });
  await dana.getByLabel('Publish at (Europe/Kyiv time)').fill(kyivDateTime(3 * 3600));
  await dana.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
  await expect(dana.getByTestId('article-state')).toHaveText('Scheduled');

  await dana.getByRole('button', { name: 'Reschedule', exact: true }).click();
  await expectDialogOnTop(dana);
  await dana.getByLabel('Publish at (Europe/Kyiv time)').fill(kyivDateTime(5 * 3600));
  await dana.getByRole('dialog').getByRole('button', { name: 'Reschedule' }).click();
  await expect(dana.getByRole('dialog')).toBeHidden();
  await expect
    .poll(async () => (await db.article.findUniqueOrThrow({ where: { id: article.id } })).publishAt!.getTime() - Date.now(), { timeout: 10_000 })
    .toBeGreaterThan(4 * 3600 * 1000);
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe('SCHEDULED');
});

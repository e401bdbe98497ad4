import { kyivWallTime, readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';

test('an admin requires a tag in one section; the editor sees the checklist and approve is refused with the missing item', async ({
  pageAs,
  db,
  expectAccessible,
}) => {
  test.slow(); // two people, a settings form and a refused step
  // A section of this test's own, so the required item touches no other test's articles.
  const section = await db.section.create({ data: { name: `Checklist desk ${Date.now()}`, slug: `checklist-desk-${Date.now()}` } });
  const headline = `Needs a tag ${Date.now()}`;
  const article = await readyArticle(db, headline, { state: 'IN_REVIEW' });
  await db.article.update({ where: { id: article.id }, data: { sectionId: section.id } });

  const alex = await pageAs('admin@example.com');
  await alex.setViewportSize({ width: 1440, height: 900 });
  await alex.goto('/desk/admin/settings');
  // The admin header fits one line at 1440 px.
  const header = alex.locator('header').first();
  expect((await header.boundingBox())?.height).toBeLessThanOrEqual(57);
  const tags = alex.getByRole('group', { name: 'At least one tag' });
  await tags.getByLabel('At least one tag: level').selectOption('required');
  await tags.getByLabel(section.name).check();
  await alex.getByRole('combobox', { name: 'Word count: level' }).selectOption('recommended');
  await alex.getByLabel('Word count: minimum').fill('300');
  await alex.getByRole('group', { name: 'Word count' }).getByLabel(section.name).check();
  await alex.getByRole('button', { name: 'Save checklist' }).click();
  await expect(alex.getByText('Checklist saved.')).toBeVisible();
  await expectAccessible(alex);
  await alex.screenshot({ path: 'e2e/.screens/checklist-settings.png', fullPage: true });

  const dana = await pageAs('editor@example.com');
  await dana.setViewportSize({ width: 1440, height: 900 });
  await dana.goto(`/desk/articles/${article.id}`);
  const checklist = dana.getByTestId('checklist');
  await expect(checklist).toContainText('1 required missing');
  await expect(checklist.locator('[data-item="tags"]')).toContainText('Add at least one tag');
  await expect(checklist.locator('[data-item="wordCount"]')).toContainText('recommended, missing');
  // The main action sits at the top right; the server refuses it and lists what is missing.
  const main = dana.getByTestId('main-action');
  await expect(main).toHaveText('Approve');
  await main.click();
  await expect(dana.getByRole('alert').filter({ hasText: 'Add at least one tag' })).toBeVisible();
  await expect(dana.getByTestId('article-state')).toContainText('In review');
  await expectAccessible(dana);
  await dana.screenshot({ path: 'e2e/.screens/article-checklist.png' });

  // Panels fold to their heading.
  const history = dana.getByRole('button', { name: 'History' });
  await history.click();
  await expect(history).toHaveAttribute('aria-expanded', 'false');
  await expect(dana.getByTestId('revisions')).toBeHidden();

  // Put back: nothing required, so no other spec meets this section's rule.
  await alex.getByLabel('At least one tag: level').selectOption('off');
  await alex.getByRole('combobox', { name: 'Word count: level' }).selectOption('off');
  await alex.getByRole('button', { name: 'Save checklist' }).click();
  await expect(alex.getByText('Checklist saved.')).toBeVisible();
});

test('an editor drags a scheduled piece to another day and an approved piece onto the calendar', async ({ pageAs, db, expectAccessible }) => {
  // Next week's Wednesday and Thursday at 10:00 Kyiv time: always in the future, one "Next week" away.
  const today = new Date(`${kyivWallTime(new Date()).slice(0, 10)}T00:00:00Z`);
  const daysSinceMonday = (today.getUTCDay() + 6) % 7;
  const wednesday = new Date(today.getTime() + (7 - daysSinceMonday + 2) * 86_400_000).toISOString().slice(0, 10);
  const thursday = new Date(today.getTime() + (7 - daysSinceMonday + 3) * 86_400_000).toISOString().slice(0, 10);
  const friday = new Date(today.getTime() + (7 - daysSinceMonday + 4) * 86_400_000).toISOString().slice(0, 10);
  const planned = `Dragged along ${Date.now()}`;
  const waiting = `Waiting for a slot ${Date.now()}`;
  // 08:00 UTC is 10:00 in Kyiv in winter and 11:00 in summer: the time of day is kept whatever it is.
  const scheduled = await readyArticle(db, planned, { state: 'SCHEDULED', publishAt: new Date(`${wednesday}T08:00:00Z`) });
  const approved = await readyArticle(db, waiting, { state: 'APPROVED' });
  // The side list shows the 30 pieces waiting longest, and earlier journeys leave approved pieces behind:
  // this one has waited longest.
  await db.$executeRaw`UPDATE "Article" SET "updatedAt" = timestamptz '2020-01-01' WHERE id = ${approved.id}::uuid`;
  const timeOfDay = kyivWallTime(new Date(`${wednesday}T08:00:00Z`)).slice(11, 16);

  const dana = await pageAs('editor@example.com');
  await dana.setViewportSize({ width: 1440, height: 900 });
  await dana.goto(`/desk/calendar?view=week&day=${wednesday}`);
  const entry = dana.locator(`td[data-day="${wednesday}"]`).getByTestId('calendar-entry').filter({ hasText: planned });
  await expect(entry).toContainText(timeOfDay);
  await entry.dragTo(dana.locator(`td[data-day="${thursday}"]`));
  const moved = dana.locator(`td[data-day="${thursday}"]`).getByTestId('calendar-entry').filter({ hasText: planned });
  await expect(moved).toContainText(timeOfDay);
  await expect(entry).toHaveCount(0);
  const row = await db.article.findUniqueOrThrow({ where: { id: scheduled.id }, select: { publishAt: true, state: true } });
  expect(row).toEqual({ state: 'SCHEDULED', publishAt: new Date(`${thursday}T08:00:00Z`) });

  // An approved piece from the list: dropped on Friday, the schedule dialog opens on that day.
  const piece = dana.getByTestId('unscheduled-piece').filter({ hasText: waiting });
  await piece.dragTo(dana.locator(`td[data-day="${friday}"]`));
  const dialog = dana.getByRole('dialog');
  await expect(dialog.getByLabel('Publish at (Europe/Kyiv time)')).toHaveValue(new RegExp(`^${friday}T09:00`));
  await expectAccessible(dana);
  await dana.screenshot({ path: 'e2e/.screens/calendar-drag-schedule.png' });
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(dana.locator(`td[data-day="${friday}"]`).getByTestId('calendar-entry').filter({ hasText: waiting })).toContainText('09:00');
  await expect(dana.getByTestId('unscheduled-piece').filter({ hasText: waiting })).toHaveCount(0);
  await dana.screenshot({ path: 'e2e/.screens/calendar-drag.png', fullPage: true });
});

import { kyivWallTime, readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';

/** 10:00 on the Kyiv clock on Wednesday of next week (the calendar's weeks run Monday to Sunday). */
function nextWeeksWednesdayMorning(): Date {
  const today = new Date(`${kyivWallTime(new Date()).slice(0, 10)}T00:00:00Z`);
  const daysSinceMonday = (today.getUTCDay() + 6) % 7;
  const at = new Date(today.getTime() + (7 - daysSinceMonday + 2) * 24 * 3_600_000 + 8 * 3_600_000);
  // Whatever the season, land on 10:00 on the Kyiv clock.
  return new Date(at.getTime() + (10 - Number(kyivWallTime(at).slice(11, 13))) * 3_600_000);
}

test('an editor finds a scheduled article on the calendar, filters by section and moves it to the next day', async ({
  pageAs,
  db,
  expectAccessible,
}) => {
  const headline = `On the plan ${Date.now()}`;
  const publishAt = nextWeeksWednesdayMorning();
  const wednesday = kyivWallTime(publishAt).slice(0, 10);
  const article = await readyArticle(db, headline, { state: 'SCHEDULED', publishAt });
  const dana = await pageAs('editor@example.com');

  await dana.goto('/desk');
  await dana.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Calendar' }).click();
  await expect(dana.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(dana.getByText('on Europe/Kyiv time')).toBeVisible();
  // This week is shown first; the piece is next week.
  await expect(dana.getByTestId('calendar-entry').filter({ hasText: headline })).toHaveCount(0);
  await dana.getByRole('link', { name: 'Next week →' }).click();
  const entry = dana.locator(`td[data-day="${wednesday}"]`).getByTestId('calendar-entry').filter({ hasText: headline });
  await expect(entry).toContainText('10:00');
  await expect(entry).toContainText('Scheduled');
  await expectAccessible(dana);
  await dana.screenshot({ path: 'e2e/.screens/calendar-week.png', fullPage: true });

  // The month around it, then only Politics (nothing of ours), then World again.
  await dana.getByRole('link', { name: 'Month', exact: true }).click();
  await expect(dana.locator(`td[data-day="${wednesday}"]`).getByTestId('calendar-entry').filter({ hasText: headline })).toBeVisible();
  await expectAccessible(dana);
  await dana.screenshot({ path: 'e2e/.screens/calendar-month.png', fullPage: true });
  await dana.getByLabel('Section').selectOption({ label: 'Politics' });
  await dana.getByRole('button', { name: 'Show' }).click();
  await expect(dana).toHaveURL(/section=/);
  await expect(dana.getByTestId('calendar-entry').filter({ hasText: headline })).toHaveCount(0);
  await dana.getByLabel('Section').selectOption({ label: 'World' });
  await dana.getByRole('button', { name: 'Show' }).click();
  await dana.getByRole('link', { name: 'Week', exact: true }).click();

  // Rescheduling goes through the workflow step: the dialog starts at the current time.
  await dana.getByRole('button', { name: `Reschedule ${headline}` }).click();
  const publishField = dana.getByLabel('Publish at (Europe/Kyiv time)');
  await expect(publishField).toHaveValue(`${wednesday}T10:00`);
  const thursday = kyivWallTime(new Date(publishAt.getTime() + 24 * 3_600_000)).slice(0, 10);
  await publishField.fill(`${thursday}T07:30:00`);
  await expectAccessible(dana);
  await dana.getByRole('dialog').getByRole('button', { name: 'Reschedule' }).click();
  await expect(dana.getByRole('dialog')).toHaveCount(0);
  await expect(dana.locator(`td[data-day="${thursday}"]`).getByTestId('calendar-entry').filter({ hasText: headline })).toContainText('07:30');
  await expect(dana.locator(`td[data-day="${wednesday}"]`).getByTestId('calendar-entry').filter({ hasText: headline })).toHaveCount(0);

  const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: true } });
  expect(row.state).toBe('SCHEDULED');
  expect(kyivWallTime(row.publishAt!)).toBe(`${thursday}T07:30:00`);
  expect(row.events.map((e) => [e.action, e.fromState, e.toState])).toEqual([['reschedule', 'SCHEDULED', 'SCHEDULED']]);
});

test('journalists see the calendar without reschedule buttons', async ({ pageAs, db }) => {
  const headline = `Olha's plan ${Date.now()}`;
  await readyArticle(db, headline, { state: 'SCHEDULED', publishAt: new Date(Date.now() + 3_600_000) });
  const olha = await pageAs('olha@example.com');
  await olha.goto('/desk/calendar');
  const entry = olha.getByTestId('calendar-entry').filter({ hasText: headline });
  // Near midnight the hour ahead may be tomorrow, in next week's view.
  if ((await entry.count()) === 0) await olha.getByRole('link', { name: 'Next week →' }).click();
  await expect(entry).toBeVisible();
  await expect(olha.getByRole('button', { name: /^Reschedule/ })).toHaveCount(0);
});

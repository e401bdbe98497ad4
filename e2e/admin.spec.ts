import { demoAccount, expect, test } from './support/fixtures';

const ADMIN = demoAccount('ADMIN');
const NEW_PASSWORD = 'a long enough passphrase';

test.describe('the admin area', () => {
  test('an admin adds a section and a journalist, who sets a password through the link and signs in; deactivated, they are out at once', async ({
    page,
    browser,
    signInAs,
    db,
  }) => {
    const stamp = Date.now().toString(36);
    const sectionName = `Sport ${stamp}`;
    const email = `e2e-${stamp}@example.com`;
    const name = `Nina Test ${stamp}`;
    const journalistContext = await browser.newContext();
    try {
      await signInAs(ADMIN.email);

      // A section, through the form.
      await page.goto('/desk/admin/sections');
      await page.getByLabel('Name', { exact: true }).fill(sectionName);
      await page.getByLabel('Description').fill('Results and reports.');
      await page.getByRole('button', { name: 'Create section' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Section “${sectionName}” created.` })).toBeVisible();
      await expect(page.getByTestId(`section-row-sport-${stamp}`)).toContainText('In navigation');

      // A journalist account, through the form: the set-password link is shown once.
      await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Staff' }).click();
      await expect(page).toHaveURL(/\/desk\/admin\/staff$/);
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByLabel('Role', { exact: true }).selectOption('JOURNALIST');
      await page.getByRole('button', { name: 'Add staff member' }).click();
      const link = await page.getByTestId('set-password-link').inputValue();
      expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
      await expect(page.getByTestId(`staff-row-${email}`)).toContainText('Active');

      // The journalist, in their own browser, sets a password and signs in with it.
      const journalist = await journalistContext.newPage();
      await journalist.goto(link);
      await expect(journalist.getByRole('heading', { name: 'Set your password' })).toBeVisible();
      await journalist.getByLabel('New password').fill(NEW_PASSWORD);
      await journalist.getByLabel('Type it again').fill(NEW_PASSWORD);
      await journalist.getByRole('button', { name: 'Set password' }).click();
      await journalist.getByRole('link', { name: 'Go to sign in' }).click();
      await journalist.getByLabel('Email').fill(email);
      await journalist.getByLabel('Password').fill(NEW_PASSWORD);
      await journalist.getByRole('button', { name: 'Sign in' }).click();
      await expect(journalist).toHaveURL(/\/desk$/);
      await expect(journalist.getByTestId('signed-in-as')).toHaveText(`${name} · Journalist`);
      // Journalists see no admin links.
      await expect(journalist.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Staff' })).toHaveCount(0);

      // The link worked once only.
      await journalist.goto(link);
      await expect(journalist.getByRole('alert').filter({ hasText: 'already been used' })).toBeVisible();

      // The admin deactivates them; their very next request is refused.
      await page.getByRole('button', { name: `Deactivate ${name}` }).click();
      await page.getByRole('dialog').getByRole('button', { name: `Deactivate ${name}` }).click();
      await expect(page.getByTestId(`staff-row-${email}`)).toContainText('Deactivated');
      await journalist.goto('/desk');
      await expect(journalist).toHaveURL(/\/signin/);
    } finally {
      await journalistContext.close();
      // Leave the demo newsroom as it was for the tests after this one.
      await db.user.deleteMany({ where: { email } });
      await db.section.deleteMany({ where: { name: sectionName } });
    }
  });

  test('a section created while the list is still loading shows up in it', async ({ page, signInAs, db }) => {
    const name = `Late list ${Date.now().toString(36)}`;
    await signInAs(ADMIN.email);
    // The first list read is answered only after the section exists: it holds the rows from before.
    let releaseFirstList: () => void = () => undefined;
    const firstListHeld = new Promise<void>((resolve) => (releaseFirstList = resolve));
    let listReads = 0;
    await page.route(/\/api\/trpc\/[^?]*section\.list/, async (route) => {
      if (listReads++ > 0) return route.continue();
      const response = await route.fetch();
      await firstListHeld;
      await route.fulfill({ response });
    });
    try {
      await page.goto('/desk/admin/sections');
      await expect.poll(() => listReads).toBe(1);
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Create section' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Section “${name}” created.` })).toBeVisible();
      releaseFirstList();
      await expect(page.getByRole('table')).toContainText(name);
    } finally {
      releaseFirstList();
      await db.section.deleteMany({ where: { name } });
    }
  });

  test('every admin page passes axe and is captured', async ({ page, signInAs, expectAccessible }) => {
    await signInAs(ADMIN.email);
    for (const [path, heading, screen] of [
      ['/desk/admin/sections', 'Sections', 'admin-sections'],
      ['/desk/admin/staff', 'Staff', 'admin-staff'],
      ['/desk/admin/settings', 'Newsroom settings', 'admin-settings'],
      ['/desk/admin/audit', 'Audit log', 'admin-audit'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      // Client-rendered lists: wait until loaded before checking and capturing.
      await expect(page.getByText(/^Loading/)).toHaveCount(0);
      await expectAccessible(page);
      await page.screenshot({ path: `e2e/.screens/${screen}.png`, fullPage: true });
    }
  });

  test('the set-password page explains an unknown link, and passes axe', async ({ page, expectAccessible }) => {
    await page.goto('/reset-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expect(page.getByRole('alert').filter({ hasText: 'This link is not valid' })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/reset-password-invalid.png' });
  });

  test('the set-password form, and its field errors, pass axe', async ({ page, signInAs, expectAccessible }) => {
    await signInAs(ADMIN.email);
    await page.goto('/desk/admin/staff');
    await page.getByRole('button', { name: 'New set-password link for Sam Rivera' }).click();
    const link = await page.getByTestId('set-password-link').inputValue();
    // Signed out, as the person receiving the link would be.
    await page.context().clearCookies();
    await page.goto(link);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/reset-password-form.png' });
    // Sam's password is untouched: the link was never used.
  });

  test('editors and journalists see no admin links and are refused on admin pages', async ({ page, signInAs }) => {
    await signInAs(demoAccount('EDITOR').email);
    await page.goto('/desk');
    for (const label of ['Sections', 'Staff', 'Settings', 'Audit log']) {
      await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: label, exact: true })).toHaveCount(0);
    }
    await page.goto('/desk/admin/staff');
    await expect(page.getByRole('alert').filter({ hasText: 'Only admins can see this page.' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});

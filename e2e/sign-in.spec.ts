import { ACCOUNT_DEACTIVATED, WRONG_CREDENTIALS } from '../server/auth/authenticate';
import { ROLE_LABELS, ROLES } from '../server/auth/permissions';
import { demoAccount, expect, test } from './support/fixtures';

test.describe('signing in to the desk', () => {
  // The admin's sign-in asks for a second factor by default: e2e/two-factor.spec.ts walks through it.
  for (const role of ROLES.filter((role) => role !== 'ADMIN')) {
    test(`the demo ${ROLE_LABELS[role].toLowerCase()} signs in with the form and lands on the desk`, async ({ page }) => {
      const account = demoAccount(role);
      await page.goto('/signin');
      await page.getByLabel('Email').fill(account.email);
      await page.getByLabel('Password').fill(account.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(/\/desk$/);
      await expect(page.getByTestId('signed-in-as')).toHaveText(`${account.name} · ${ROLE_LABELS[role]}`);
    });
  }

  test('a wrong password shows a clear error and stays on the form', async ({ page, expectAccessible }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(demoAccount('EDITOR').email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // (Next.js keeps an empty role=alert route announcer on every page, hence the filter.)
    await expect(page.getByRole('alert').filter({ hasText: WRONG_CREDENTIALS })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/sign-in-error.png' });
  });

  test('an empty form is answered field by field, before any request', async ({ page }) => {
    await page.goto('/signin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your work email address.')).toBeVisible();
    await expect(page.getByText('Enter your password.')).toBeVisible();
  });

  test('a deactivated account is told so', async ({ page, db }) => {
    const sam = demoAccount('JOURNALIST');
    await db.user.update({ where: { email: 'sam@example.com' }, data: { active: false } });
    try {
      await page.goto('/signin');
      await page.getByLabel('Email').fill('sam@example.com');
      await page.getByLabel('Password').fill(sam.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').filter({ hasText: ACCOUNT_DEACTIVATED })).toBeVisible();
    } finally {
      await db.user.update({ where: { email: 'sam@example.com' }, data: { active: true } });
    }
  });

  test('a signed-out visitor to the desk is sent to sign in, and back after', async ({ page }) => {
    await page.goto('/desk');
    await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)desk$/);
    const editor = demoAccount('EDITOR');
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/desk$/);
  });

  test('an address that browsers read as another host is never followed, on the form or when already signed in', async ({ page }) => {
    // The router hands the page "/\t/evil.example/", which browsers read as //evil.example/.
    const signin = '/signin?callbackUrl=/%09/evil.example/';
    await page.goto(signin);
    const editor = demoAccount('EDITOR');
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/desk$/);

    // Signed in, the page redirects at once: to the desk, over HTTP, for each way of writing another host.
    for (const callbackUrl of ['/%09/evil.example/', '/%5Cevil.example/', '//evil.example/', '/%0A/evil.example/', 'https://evil.example@localhost/']) {
      const response = await page.context().request.get(`/signin?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
      expect(response.status(), callbackUrl).toBe(307);
      expect(response.headers().location, callbackUrl).toBe('/desk');
    }
    const sameSite = await page.context().request.get('/signin?callbackUrl=/desk/calendar', { maxRedirects: 0 });
    expect(sameSite.headers().location).toBe('/desk/calendar');
  });

  test('staff procedures refuse a request without a session', async ({ request }) => {
    const response = await request.get('/api/trpc/session.me');
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { result: { data: { json: unknown } } };
    expect(body.result.data.json).toBeNull();
  });

  test('signing out ends the session', async ({ page, signInAs, expectAccessible }) => {
    await signInAs(demoAccount('EDITOR').email);
    await page.goto('/desk');
    await expect(page.getByTestId('signed-in-as')).toContainText('Dana Petrenko');
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/desk.png' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto('/desk');
    await expect(page).toHaveURL(/\/signin/);
  });

  test('a deactivated user is refused on their very next request', async ({ page, signInAs, db }) => {
    await signInAs('olha@example.com');
    await page.goto('/desk');
    await expect(page.getByTestId('signed-in-as')).toContainText('Olha Hlushchenko');
    await db.user.update({ where: { email: 'olha@example.com' }, data: { active: false } });
    try {
      await page.goto('/desk');
      await expect(page).toHaveURL(/\/signin/);
    } finally {
      await db.user.update({ where: { email: 'olha@example.com' }, data: { active: true } });
    }
  });
});

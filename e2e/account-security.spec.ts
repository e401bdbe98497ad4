import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { generate } from 'otplib';
import { hashPassword } from '../server/auth/password';
import type { Db } from '../server/db/client';
import { DEMO_PASSWORD } from '../server/seed/demo-staff';
import { demoAccount, expect, test } from './support/fixtures';

/** A staff member of their own, so blocks and two-factor set up here touch no other spec's accounts. */
async function freshJournalist(db: Db) {
  const id = randomBytes(4).toString('hex');
  return db.user.create({
    data: { email: `e2e-${id}@example.com`, name: `Casey ${id}`, slug: `casey-${id}`, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
}

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A code the app would show now, for a step not used yet (waits out the current one if it was). */
async function freshCode(db: Db, userId: string, secret: string): Promise<string> {
  await expect
    .poll(async () => {
      const { lastTimeStep } = await db.userTwoFactor.findUniqueOrThrow({ where: { userId } });
      return lastTimeStep === null || lastTimeStep < Math.floor(Date.now() / 30_000);
    }, { timeout: 35_000 })
    .toBe(true);
  return generate({ secret });
}

const alert = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

// Each journey signs in several times (argon2 by design, plus up to ten recovery-code checks): more time
// than the default on a busy machine.
test.describe.configure({ timeout: 180_000 });

test.describe('account security', () => {
  test('sign-in tells a guesser to wait after 5 wrong passwords', async ({ page }) => {
    await page.goto('/signin');
    const email = `nobody-${randomBytes(3).toString('hex')}@example.com`;
    for (let i = 0; i < 4; i++) {
      await fillSignIn(page, email, `wrong guess ${i}`);
      await expect(alert(page, 'Wrong email or password.')).toBeVisible();
    }
    await fillSignIn(page, email, 'wrong guess 5');
    await expect(alert(page, 'Too many attempts. Try again in 1 minute.')).toBeVisible();
    await page.screenshot({ path: 'e2e/.screens/sign-in-too-many.png' });
  });

  test('a journalist turns on two-factor sign-in, then signs in with a code and with a recovery code', async ({ page, db, expectAccessible }) => {
    const casey = await freshJournalist(db);
    await page.goto('/signin');
    await fillSignIn(page, casey.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/desk$/);

    await page.goto('/desk/profile');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
    const secret = (await page.getByTestId('totp-key').textContent())!.trim();
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/two-factor-setup.png', fullPage: true });
    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(alert(page, 'That code is not right.')).toBeVisible();
    await page.getByLabel('Code from the app').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    const recoveryCode = (await codes.first().textContent())!;
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/two-factor-recovery-codes.png', fullPage: true });
    await page.getByRole('button', { name: 'I have kept my recovery codes' }).click();
    await expect(page.getByText('Recovery codes left: 10.')).toBeVisible();

    // Sign out; the password alone is no longer enough.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await fillSignIn(page, casey.email, DEMO_PASSWORD);
    await expect(page.getByLabel('Authentication code')).toBeFocused();
    await expect(page).toHaveURL(/\/signin/);
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/sign-in-code-step.png' });
    await page.getByLabel('Authentication code').fill(await freshCode(db, casey.id, secret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/desk$/);

    // And with a recovery code instead of the app, once.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await fillSignIn(page, casey.email, DEMO_PASSWORD);
    await page.getByLabel('Authentication code').fill(recoveryCode.toLowerCase());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/desk$/);
    await page.goto('/desk/profile');
    await expect(page.getByText('Recovery codes left: 9.')).toBeVisible();
    expect(await db.recoveryCode.count({ where: { userId: casey.id, usedAt: { not: null } } })).toBe(1);
  });

  test('an admin without two-factor sign-in must set it up before reaching the desk', async ({ page, db, expectAccessible }) => {
    const admin = demoAccount('ADMIN');
    const { id } = await db.user.findUniqueOrThrow({ where: { email: admin.email } });
    await db.userTwoFactor.deleteMany({ where: { userId: id } });
    await page.goto('/signin');
    await fillSignIn(page, admin.email, admin.password);
    await expect(page).toHaveURL(/\/two-factor\/setup$/);
    await page.goto('/desk/admin/staff');
    await expect(page).toHaveURL(/\/two-factor\/setup$/);
    await expect(page.getByRole('heading', { name: 'Set up two-factor sign-in' })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/two-factor-forced.png', fullPage: true });

    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = (await page.getByTestId('totp-key').textContent())!.trim();
    await page.getByLabel('Code from the app').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
    await page.getByRole('button', { name: 'Continue to the desk' }).click();
    await expect(page).toHaveURL(/\/desk$/);
    await page.goto('/desk/admin/staff');
    await expect(page).toHaveURL(/\/desk\/admin\/staff$/);
  });

  test('staff change their password: the current one is required, common ones are refused, other sessions end', async ({ page, db, browser, expectAccessible }) => {
    const casey = await freshJournalist(db);
    const NEW_PASSWORD = 'lantern orchard quietly';
    await page.goto('/signin');
    await fillSignIn(page, casey.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/desk$/);
    // The same person on another device, signed out by the change.
    const elsewhere = await browser.newContext();
    const otherDevice = await elsewhere.newPage();
    await otherDevice.goto('/signin');
    await fillSignIn(otherDevice, casey.email, DEMO_PASSWORD);
    await expect(otherDevice).toHaveURL(/\/desk$/);
    await page.goto('/desk/profile');
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Change password' }) });
    await form.getByLabel('Current password').fill(DEMO_PASSWORD);
    await form.getByLabel('New password').fill('password1234');
    await form.getByLabel('Type it again').fill('password1234');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByText('Too easy to guess')).toBeVisible();
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password').fill(NEW_PASSWORD);
    await form.getByLabel('Type it again').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(alert(page, 'Your current password is not right.')).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/change-password.png', fullPage: true });
    await form.getByLabel('Current password').fill(DEMO_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your password is changed. Signed out of 1 other session.' })).toBeVisible();
    // This device stays signed in; the other one is out.
    await page.goto('/desk');
    await expect(page).toHaveURL(/\/desk$/);
    await otherDevice.goto('/desk');
    await expect(otherDevice).toHaveURL(/\/signin/);
    await elsewhere.close();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await fillSignIn(page, casey.email, DEMO_PASSWORD);
    await expect(alert(page, 'Wrong email or password.')).toBeVisible();
    await fillSignIn(page, casey.email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/desk$/);
  });
});


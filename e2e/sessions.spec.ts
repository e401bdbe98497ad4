import type { Browser, BrowserContext } from '@playwright/test';
import type { Db } from '../server/db/client';
import { demoAccount, expect as baseExpect, test } from './support/fixtures';

// Several browsers and sign-ins per test: more time than the defaults on a busy machine (a desk page
// can take many seconds to hydrate before its "Sign out" button acts).
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

/** Ends every session a demo account has from earlier specs, so the lists below hold only this test's. */
async function freshSessions(db: Db, email: string) {
  await db.userSession.updateMany({ where: { user: { email }, endedAt: null }, data: { endedAt: new Date() } });
}

/** A second browser carrying a copy of this one's cookies (as a thief with a copied cookie would). */
async function copyOfBrowser(browser: Browser, from: BrowserContext) {
  const copy = await browser.newContext();
  await copy.addCookies(await from.cookies());
  return copy;
}

test('after sign-out, a copied session cookie reaches neither the desk nor tRPC', async ({ page, browser, signInAs }) => {
  await signInAs(demoAccount('EDITOR').email);
  const copy = await copyOfBrowser(browser, page.context());
  try {
    const copiedPage = await copy.newPage();
    await copiedPage.goto('/desk');
    await expect(copiedPage.getByTestId('signed-in-as')).toContainText('Dana Petrenko');

    await page.goto('/desk');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);

    await copiedPage.goto('/desk');
    await expect(copiedPage).toHaveURL(/\/signin/);
    const me = await copy.request.get('/api/trpc/session.me');
    expect(((await me.json()) as { result: { data: { json: unknown } } }).result.data.json).toBeNull();
    const profile = await copy.request.get('/api/trpc/profile.get');
    expect(profile.status()).toBe(401);
  } finally {
    await copy.close();
  }
});

test('a reporter sees their signed-in devices on their profile and signs out the others', async ({ page, browser, signInAs, db, expectAccessible }) => {
  await freshSessions(db, 'sam@example.com');
  // The phone writes its own X-Forwarded-For: the address recorded (and rate-limited) is still the real one.
  const phone = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.66' } });
  const laptop = await browser.newContext();
  try {
    for (const other of [phone, laptop]) {
      const otherPage = await other.newPage();
      await otherPage.goto('/signin');
      await otherPage.getByLabel('Email').fill('sam@example.com');
      await otherPage.getByLabel('Password').fill(demoAccount('JOURNALIST').password);
      await otherPage.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(otherPage).toHaveURL(/\/desk$/);
    }
    await signInAs('sam@example.com');
    await page.goto('/desk/profile');
    const devices = page.getByTestId('signed-in-device');
    await expect(devices).toHaveCount(3);
    await expect(devices.filter({ hasText: '(this device)' })).toHaveCount(1);
    await expect(devices.first()).toContainText('(this device)');
    await expect(devices.filter({ hasText: /Chrome on / })).toHaveCount(3);
    await expect(devices.filter({ hasText: /127\.0\.0\.1|::1/ })).toHaveCount(3);
    await expect(devices.filter({ hasText: '198.51.100.66' })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: 'e2e/.screens/signed-in-devices.png', fullPage: true });

    // End one: the newest other device (the laptop) is second in the list.
    await devices.nth(1).getByRole('button', { name: /^Sign out/ }).click();
    await expect(page.getByText('That device is signed out.')).toBeVisible();
    await expect(devices).toHaveCount(2);
    const laptopPage = await laptop.newPage();
    await laptopPage.goto('/desk');
    await expect(laptopPage).toHaveURL(/\/signin/);

    await page.getByRole('button', { name: 'Sign out all other devices' }).click();
    await expect(page.getByText('One other device is signed out.')).toBeVisible();
    await expect(devices).toHaveCount(1);
    const phonePage = await phone.newPage();
    await phonePage.goto('/desk');
    await expect(phonePage).toHaveURL(/\/signin/);
    await page.goto('/desk');
    await expect(page.getByTestId('signed-in-as')).toContainText('Sam Rivera');
  } finally {
    await phone.close();
    await laptop.close();
  }
});

test('an admin signs a staff member out everywhere from the staff list, and it is in the audit log', async ({ page, signInAs, pageAs, db }) => {
  const olhasPage = await pageAs('olha@example.com');
  await olhasPage.goto('/desk');
  await expect(olhasPage.getByTestId('signed-in-as')).toContainText('Olha Hlushchenko');

  await signInAs(demoAccount('ADMIN').email);
  await page.goto('/desk/admin/staff');
  await page.getByRole('button', { name: 'Sign Olha Hlushchenko out everywhere' }).click();
  await expect(page.getByText(/Olha Hlushchenko is signed out on/)).toBeVisible();

  await olhasPage.goto('/desk');
  await expect(olhasPage).toHaveURL(/\/signin/);
  const audit = await db.auditEvent.findFirst({ where: { action: 'staff.sessions_ended' }, orderBy: { createdAt: 'desc' }, include: { actor: { select: { email: true } } } });
  expect(audit?.actor?.email).toBe(demoAccount('ADMIN').email);
  expect(await db.userSession.count({ where: { user: { email: 'olha@example.com' }, endedAt: null } })).toBe(0);
});

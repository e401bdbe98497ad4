import type { Page } from '@playwright/test';
import { createDb } from '../server/db/client';
import { demoAccount, expect as baseExpect, test } from './support/fixtures';
import { startOidcProvider } from './support/oidc-provider';
import { startOwnAppServer } from './support/own-app-server';
import { E2E_APP_PORT, E2E_DB_PORT } from './support/environment';

// Its own app (started with OIDC_* pointing at the test provider) and its own ports, next to the shared
// app's: E2E_SSO_APP_PORT, E2E_SSO_DB_PORT and E2E_OIDC_PORT move them.
const APP_PORT = Number(process.env.E2E_SSO_APP_PORT ?? E2E_APP_PORT + 5);
const DB_PORT = Number(process.env.E2E_SSO_DB_PORT ?? E2E_DB_PORT + 5);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? E2E_APP_PORT + 6);
const PROVIDER_NAME = 'Newsroom ID';

const editor = demoAccount('EDITOR');
const admin = demoAccount('ADMIN');

test.describe.configure({ mode: 'serial', timeout: 180_000 });
// Two apps and a provider on a busy machine: pages may take many seconds to hydrate and redirect.
const expect = baseExpect.configure({ timeout: 30_000 });

let app: Awaited<ReturnType<typeof startOwnAppServer>>;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  provider = await startOidcProvider({
    port: OIDC_PORT,
    redirectUri: `http://localhost:${APP_PORT}/api/auth/callback/oidc`,
    clientId: 'masthead',
    clientSecret: 'masthead-e2e-client-secret',
    identities: [
      { login: 'dana', email: editor.email.toUpperCase(), emailVerified: true, name: 'Dana at the IdP' },
      // Claims a staff address the provider never verified: must not get into Dana's account.
      { login: 'impostor', email: editor.email, emailVerified: false, name: 'Not Dana' },
      // The demo admin, whose role requires two-factor sign-in: single sign-on is trusted as the provider's
      // MFA, so they reach the desk with no authenticator app set up in Masthead.
      { login: 'admin', email: admin.email, emailVerified: true, name: 'Admin at the IdP' },
      { login: 'stranger', email: 'stranger@example.org', emailVerified: true, name: 'Stranger Danger' },
    ],
  });
  app = await startOwnAppServer({
    port: APP_PORT,
    dbPort: DB_PORT,
    dataDir: '.masthead/e2e-sso',
    env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'masthead', OIDC_CLIENT_SECRET: 'masthead-e2e-client-secret', OIDC_NAME: PROVIDER_NAME },
  });
});

test.afterAll(async () => {
  await app?.stop();
  await provider?.stop();
});

/** Through the provider's own login and consent pages, as a person would. */
async function signInAtProvider(page: Page, login: string) {
  await page.goto(`${app.baseURL}/signin`);
  await page.getByRole('button', { name: `Sign in with ${PROVIDER_NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${OIDC_PORT}/`));
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('any password: the test provider accepts it');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // Each test's browser is new to the provider, so it always asks for consent.
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('"Sign in with <provider>" lands in the desk as the staff member with that verified address', async ({ page, expectAccessible }) => {
  await page.goto(`${app.baseURL}/signin`);
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/sign-in-sso.png' });
  await signInAtProvider(page, 'dana');
  await expect(page).toHaveURL(`${app.baseURL}/desk`);
  await expect(page.getByTestId('signed-in-as')).toHaveText(`${editor.name} · Editor`);

  // It is a session like any other: listed on the profile, marked as single sign-on.
  await page.goto(`${app.baseURL}/desk/profile`);
  await expect(page.getByTestId('signed-in-device').filter({ hasText: 'this device' })).toContainText('(single sign-on)');
  const db = createDb(`postgresql://postgres@127.0.0.1:${DB_PORT}/postgres?sslmode=disable`, { poolSize: 1 });
  try {
    const sessions = await db.userSession.findMany({ where: { user: { email: editor.email }, endedAt: null }, select: { method: true } });
    expect(sessions).toEqual([{ method: 'sso' }]);
  } finally {
    await db.$disconnect();
  }
});

test('an address the provider did not verify is refused, even a staff address', async ({ page }) => {
  await signInAtProvider(page, 'impostor');
  await expect(page).toHaveURL(/\/signin\?error=SsoUnverified/);
  await expect(page.getByRole('alert').filter({ hasText: 'did not confirm your email address' })).toBeVisible();
  await page.goto(`${app.baseURL}/desk`);
  await expect(page).toHaveURL(/\/signin/);
});

test('someone with no staff account is refused with a clear message', async ({ page, expectAccessible }) => {
  await signInAtProvider(page, 'stranger');
  await expect(page).toHaveURL(/\/signin\?error=SsoUnknown/);
  await expect(page.getByRole('alert').filter({ hasText: 'There is no staff account with the email address' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/sign-in-sso-refused.png' });
  await page.goto(`${app.baseURL}/desk`);
  await expect(page).toHaveURL(/\/signin/);
});

test('once an admin lets in new people, someone unknown gets a journalist account (audited)', async ({ page, browser, expectAccessible }) => {
  // Signed in through the provider: no two-factor setup is forced on this admin (a password sign-in would be).
  await signInAtProvider(page, 'admin');
  await expect(page).toHaveURL(`${app.baseURL}/desk`);
  await page.goto(`${app.baseURL}/desk/admin/settings`);
  const setting = page.getByRole('checkbox', { name: /Let in people with no staff account yet/ });
  await expect(setting).not.toBeChecked();
  // Saved on change; the box shows the saved value, which arrives after the click (so not check()).
  await setting.click();
  await expect(page.getByText('New people signing in get a journalist account.')).toBeVisible();
  await expect(setting).toBeChecked();
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/settings-sso.png', fullPage: true });

  const strangersBrowser = await browser.newContext();
  try {
    const strangersPage = await strangersBrowser.newPage();
    await signInAtProvider(strangersPage, 'stranger');
    await expect(strangersPage).toHaveURL(`${app.baseURL}/desk`);
    await expect(strangersPage.getByTestId('signed-in-as')).toHaveText('Stranger Danger · Journalist');
  } finally {
    await strangersBrowser.close();
  }
  await page.goto(`${app.baseURL}/desk/admin/audit`);
  await expect(page.getByText('Joined through single sign-on')).toBeVisible();
});

import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { createDb, type Db } from '../../server/db/client';
import { DEMO_PASSWORD, demoStaff } from '../../server/seed/demo-staff';
import type { Role } from '../../server/auth/permissions';
import { E2E_DATABASE_URL } from './environment';
import { fixtureSecondFactor } from './two-factor';

export { expect };

export const demoAccount = (role: Role) => {
  const account = demoStaff.find((person) => person.role === role);
  if (!account) throw new Error(`No demo account with role ${role}`);
  return { ...account, password: DEMO_PASSWORD };
};

type Fixtures = {
  /** The app's own database (the embedded one the server owns, reached over its socket). */
  db: Db;
  /** Signs this page's browser context in through next-auth's API, skipping the form. */
  signInAs: (email: string, password?: string) => Promise<void>;
  /** A page in its own browser context, signed in as this staff member (for journeys with several people). */
  pageAs: (email: string) => Promise<Page>;
  /** Fails the test on any axe violation on the page as it is now. */
  expectAccessible: (page: Page) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  db: async ({}, use) => {
    const db = createDb(E2E_DATABASE_URL, { poolSize: 1 });
    await use(db);
    await db.$disconnect();
  },
  signInAs: async ({ page, db }, use) => {
    await use(async (email, password = DEMO_PASSWORD) => signInThroughApi(page.context().request, email, password, await fixtureSecondFactor(db, email)));
  },
  pageAs: async ({ browser, db }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (email) => {
      const context = await browser.newContext();
      contexts.push(context);
      await signInThroughApi(context.request, email, DEMO_PASSWORD, await fixtureSecondFactor(db, email));
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  expectAccessible: async ({}, use) => {
    await use(async (page) => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  },
});

/** Signs a browser context in through next-auth's credentials endpoint (the cookie lands in the context). */
async function signInThroughApi(request: APIRequestContext, email: string, password: string, code?: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, ...(code && { code }), json: 'true' },
  });
  expect(response.ok()).toBe(true);
  const state = await request.storageState();
  expect(state.cookies.some((cookie) => cookie.name.includes('next-auth.session-token'))).toBe(true);
}

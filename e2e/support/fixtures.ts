import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
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
  /**
   * Content-Security-Policy violations seen in any page of this test (its own context and those of
   * pageAs). Any left at the end fail the test: every screen must work under the policy. A test that
   * provokes one on purpose takes it out of this list.
   */
  cspViolations: string[];
  /** The app's own database (the embedded one the server owns, reached over its socket). */
  db: Db;
  /** Signs this page's browser context in through next-auth's API, skipping the form. */
  signInAs: (email: string, password?: string) => Promise<void>;
  /** A page in its own browser context, signed in as this staff member (for journeys with several people). */
  pageAs: (email: string) => Promise<Page>;
  /** Fails the test on any axe violation on the page as it is now (soft: at the end, going on meanwhile). */
  expectAccessible: (page: Page, options?: { soft?: boolean }) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  cspViolations: async ({}, use) => {
    const violations: string[] = [];
    await use(violations);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
  context: async ({ context, cspViolations }, use) => {
    await watchForCspViolations(context, cspViolations);
    await use(context);
  },
  db: async ({}, use) => {
    const db = createDb(E2E_DATABASE_URL, { poolSize: 1 });
    await use(db);
    await db.$disconnect();
  },
  signInAs: async ({ page, db }, use) => {
    await use(async (email, password = DEMO_PASSWORD) => signInThroughApi(page.context().request, email, password, await fixtureSecondFactor(db, email)));
  },
  pageAs: async ({ browser, cspViolations, db }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (email) => {
      const context = await browser.newContext();
      contexts.push(context);
      await watchForCspViolations(context, cspViolations);
      await signInThroughApi(context.request, email, DEMO_PASSWORD, await fixtureSecondFactor(db, email));
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  expectAccessible: async ({}, use) => {
    await use(async (page, { soft = false } = {}) => {
      const results = await new AxeBuilder({ page }).analyze();
      (soft ? expect.soft : expect)(results.violations.map((violation) => `${violation.id}: ${violation.help}`), page.url()).toEqual([]);
    });
  },
});

/**
 * Chromium reports each blocked script, style, frame or connection as a console error naming the
 * Content Security Policy; the page's own securitypolicyviolation event is logged the same way, in case a
 * report ever comes without the console line. (Init scripts run outside the page's policy.)
 */
async function watchForCspViolations(context: BrowserContext, violations: string[]) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation event: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
    }
  });
}

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

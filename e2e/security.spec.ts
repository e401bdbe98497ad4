import { fixtureArticle } from '../server/seed/fixture-article';
import { demoAccount, expect, test } from './support/fixtures';

const ARTICLE_URL = `/articles/${fixtureArticle.slug}`;

test.describe('security headers', () => {
  test('every page and API answer carries them, with a new nonce each time; desk never framed, site only by itself', async ({ request, page, signInAs }) => {
    await signInAs(demoAccount('EDITOR').email);
    const answers = {
      site: ['/', ARTICLE_URL, '/sections/world', '/rss.xml', '/sitemap.xml', '/no-such-page'],
      desk: ['/signin', '/api/trpc/session.me', '/api/auth/csrf'],
    };
    for (const [area, paths] of Object.entries(answers)) {
      for (const path of paths) {
        const response = await request.get(path);
        expect(response.status(), path).toBeLessThan(500);
        const headers = response.headers();
        const csp = headers['content-security-policy'] ?? '';
        expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
        expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
        expect(csp, path).toContain(area === 'desk' ? "frame-ancestors 'none'" : "frame-ancestors 'self'");
        expect(headers['x-content-type-options'], path).toBe('nosniff');
        expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
        expect(headers['permissions-policy'], path).toContain('camera=()');
        expect(headers['strict-transport-security'], path).toBeUndefined();
      }
    }
    const desk = await page.context().request.get('/desk');
    expect(desk.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

    const nonces = await Promise.all([1, 2, 3].map(async () => /'nonce-([^']+)'/.exec((await request.get('/')).headers()['content-security-policy'] ?? '')?.[1]));
    expect(new Set(nonces).size).toBe(3);
    // The page's scripts carry this response's nonce (Next.js reads it from the policy).
    const home = await request.get('/');
    const nonce = /'nonce-([^']+)'/.exec(home.headers()['content-security-policy'] ?? '')?.[1];
    expect(await home.text()).toContain(`nonce="${nonce}"`);
  });

  test('HSTS when served over HTTPS behind a proxy', async ({ request }) => {
    const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  test('injected markup runs no script, and the violation is reported', async ({ page, cspViolations }) => {
    await page.goto(ARTICLE_URL);
    // What an HTML injection would add: an inline event handler. (Scripts a page's own code creates are
    // trusted under 'strict-dynamic'; markup from the server or innerHTML is not.)
    const ran = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/no-such-image.png" onerror="window.__injected = true">');
          // The attribute's handler (if allowed) was registered first, so it has run when this one does.
          document.body.lastElementChild?.addEventListener('error', () => resolve((window as unknown as { __injected?: boolean }).__injected === true));
        }),
    );
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations.join('\n')).toContain('script-src');
    cspViolations.length = 0; // provoked on purpose: not a failure of this test
  });
});

test.describe('addresses that can name nothing', () => {
  for (const path of ['/articles/%00', '/articles/%E0%A4%A', '/articles/%ED%A0%80', '/sections/%00/rss.xml', '/media/x%00.png', '/media/%E0%A4%A', '/tags/%00', '/authors/%00', '/desk/articles?q=%00']) {
    test(`${path} answers 400 with a clear message`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain('This address is not valid');
      expect(response.headers()['content-security-policy']).toBeTruthy();
    });
  }
});

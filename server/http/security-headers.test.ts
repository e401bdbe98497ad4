import { describe, expect, it } from 'vitest';
import { areaOf, contentSecurityPolicy, isHttps, newNonce, securityHeaders } from './security-headers';

const directives = (policy: string) => new Map(policy.split('; ').map((line) => [line.split(' ')[0], line.split(' ').slice(1)] as const));

describe('security headers', () => {
  it('scripts run only with the nonce, never inline or by eval in production', () => {
    for (const area of ['desk', 'site'] as const) {
      const policy = directives(contentSecurityPolicy({ area, nonce: 'abc123==', https: false }));
      expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    }
    expect(contentSecurityPolicy({ area: 'desk', nonce: 'n', https: false, dev: true })).toContain("'unsafe-eval'");
  });

  it('the desk is never framed; the public site only by itself', () => {
    expect(directives(contentSecurityPolicy({ area: 'desk', nonce: 'n', https: false })).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy({ area: 'site', nonce: 'n', https: false })).get('frame-ancestors')).toEqual(["'self'"]);
    expect(securityHeaders({ area: 'desk', nonce: 'n', https: false })['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders({ area: 'site', nonce: 'n', https: false })['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it.each([
    ['/desk', 'desk'],
    ['/desk/articles/1', 'desk'],
    ['/signin', 'desk'],
    ['/reset-password/x', 'desk'],
    ['/preview/token', 'desk'],
    ['/api/trpc/article.get', 'desk'],
    ['/', 'site'],
    ['/articles/desk', 'site'],
    ['/desktop-publishing', 'site'],
    ['/rss.xml', 'site'],
    ['/media/a.png', 'site'],
  ])('%s belongs to the %s', (path, area) => {
    expect(areaOf(path)).toBe(area);
  });

  it('the fixed headers, and HSTS and upgrade-insecure-requests only over HTTPS', () => {
    const plain = securityHeaders({ area: 'site', nonce: 'n', https: false });
    expect(plain).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringContaining('camera=()') as unknown,
    });
    expect(plain).not.toHaveProperty('Strict-Transport-Security');
    expect(plain['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
    const secure = securityHeaders({ area: 'site', nonce: 'n', https: true });
    expect(secure['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(secure['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });

  it('knows HTTPS from the address or the first forwarded hop', () => {
    expect(isHttps(new URL('https://news.example/'), null)).toBe(true);
    expect(isHttps(new URL('http://app:3000/'), 'https')).toBe(true);
    expect(isHttps(new URL('http://app:3000/'), 'HTTPS, http')).toBe(true);
    expect(isHttps(new URL('http://app:3000/'), 'http, https')).toBe(false);
    expect(isHttps(new URL('http://app:3000/'), null)).toBe(false);
  });

  it('nonces are 128 random bits, new each time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
